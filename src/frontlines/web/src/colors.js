// One colour per ACLED event type (colour-blind-safe Okabe–Ito palette), used by map, timeline and list.

export const TYPE_COLORS = {
  Battles: "#D55E00",
  "Explosions/Remote violence": "#CC79A7",
  "Violence against civilians": "#0072B2",
  Protests: "#009E73",
  Riots: "#E69F00",
  "Strategic developments": "#56B4E9",
};
const OTHER = "#666666";

export function typeColor(eventType) {
  return TYPE_COLORS[eventType] || OTHER;
}
