/** The inline stylesheet of the HTML report (no external resources). */

export const HTML_STYLE = `
:root { color-scheme: light dark; --mark: #fff2a8; --mark2: #ffd966; --mark3: #f4b183; --line: #8884; }
body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem; }
h1 { margin-bottom: 0.25rem; }
h2 { border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; margin-top: 2.5rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; font-size: 0.92rem; }
th, td { border: 1px solid var(--line); padding: 0.25rem 0.45rem; text-align: left; vertical-align: top; }
blockquote { margin: 0.25rem 0 0 0; padding-left: 0.75rem; border-left: 3px solid var(--line); }
.dispute { border-left: 4px solid #c0392b; padding-left: 0.75rem; margin: 0.75rem 0; }
.cite { font-size: 0.8em; white-space: nowrap; margin-left: 0.15em; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid var(--line); padding: 0.75rem; }
mark.ev { background: var(--mark); color: #000; }
mark.ev mark.ev { background: var(--mark2); }
mark.ev mark.ev mark.ev { background: var(--mark3); }
mark.ev:target { outline: 2px solid #c0392b; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
dl.meta ul { margin: 0; padding-left: 1.2rem; }
.url { overflow-wrap: anywhere; }
`;
