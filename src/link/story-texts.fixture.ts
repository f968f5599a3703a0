/** Invented reports on two unrelated events, shared by the story clustering tests. */
export const FLOOD = [
  "Flood waters from the Sarrow river swept through Orvane on Tuesday, killing at least 12 people, the Relief Society said.",
  "Rescuers in Orvane searched flooded streets after the Sarrow river burst its banks, the Relief Society said; 12 people died.",
  "The Sarrow river flood in Orvane left 12 people dead and hundreds homeless, Governor Ana Ruiz said on Tuesday.",
] as const;

export const TRAM = [
  "Hestmoor city council approved a new tram line to the eastern suburbs on Thursday after a long debate.",
  "The Hestmoor tram line won a council vote on Thursday, though opponents warned the cost would rise.",
] as const;
