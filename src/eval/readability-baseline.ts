/** The baseline every extraction figure is compared with: plain Readability over linkedom, its textContent. */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export function plainReadability(html: string): string {
  const { document } = parseHTML(html);
  return new Readability(document as never).parse()?.textContent ?? "";
}
