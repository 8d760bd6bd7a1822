// The event map: country outlines from world-atlas (offline), or a configured tile server, and
// event markers clustered on a pixel grid, coloured by event type and sized by fatalities.
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { feature } from "topojson-client";
import { typeColor } from "./colors.js";
import { fmt, h } from "./dom.js";

/** Markers closer than this many pixels at the current zoom are drawn as one cluster. */
const CLUSTER_PX = 44;
let outlines = null;

/**
 * World-atlas rings cross the antimeridian (Russia, Fiji) as d3-geo expects; Leaflet would draw
 * those jumps as lines across the world. Unwrap each ring so consecutive points stay within 180°.
 */
function unwrapRing(ring) {
  let shift = 0;
  return ring.map(([lon, lat], i) => {
    if (i > 0) {
      const prev = ring[i - 1][0] + shift;
      while (lon + shift - prev > 180) shift -= 360;
      while (lon + shift - prev < -180) shift += 360;
    }
    return [lon + shift, lat];
  });
}

function unwrap(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const coordinates = polygons.map((rings) => rings.map(unwrapRing));
  return { type: "MultiPolygon", coordinates };
}

async function countryOutlines() {
  if (!outlines) {
    outlines = fetch("/assets/countries-50m.json")
      .then((r) => r.json())
      .then((topo) => feature(topo, topo.objects.countries))
      // Antarctica reaches the pole, which Web Mercator cannot draw: it smears into a band.
      .then((geo) => ({
        ...geo,
        features: geo.features
          .filter((f) => f.geometry && f.properties.name !== "Antarctica")
          .map((f) => ({ ...f, geometry: unwrap(f.geometry) })),
      }));
  }
  return outlines;
}

/** Marker diameter in pixels: grows with the square root of fatalities (area ~ deaths). */
function eventSize(fatalities) {
  return Math.round(12 + Math.min(40, 3 * Math.sqrt(fatalities || 0)));
}

/** A cluster grows with its fatalities like a single marker, and a little with its count (room for the label). */
function clusterSize(count, fatalities) {
  return Math.max(eventSize(fatalities), Math.round(24 + Math.min(12, 3 * Math.log2(count))));
}

/**
 * Group events whose markers would overlap at `zoom`: each event joins the first cluster whose seed
 * lies within CLUSTER_PX pixels, else seeds a new one. A grid of CLUSTER_PX cells finds the
 * candidate clusters in the 3×3 cells around the event, so this stays linear in events.
 */
export function clusterEvents(events, project, zoom) {
  const grid = new Map();
  const clusters = [];
  for (const e of events) {
    if (e.latitude === null || e.latitude === undefined || e.longitude === null || e.longitude === undefined) continue;
    const p = project([e.latitude, e.longitude], zoom);
    const gx = Math.floor(p.x / CLUSTER_PX);
    const gy = Math.floor(p.y / CLUSTER_PX);
    let cell = null;
    for (let dx = -1; dx <= 1 && !cell; dx++) {
      for (let dy = -1; dy <= 1 && !cell; dy++) {
        cell = (grid.get(`${gx + dx}:${gy + dy}`) || []).find((c) => Math.hypot(c.x - p.x, c.y - p.y) < CLUSTER_PX) || null;
      }
    }
    if (!cell) {
      cell = { x: p.x, y: p.y, events: [], fatalities: 0, lat: 0, lng: 0, types: {} };
      clusters.push(cell);
      const key = `${gx}:${gy}`;
      grid.set(key, [...(grid.get(key) || []), cell]);
    }
    cell.events.push(e);
    cell.fatalities += e.fatalities || 0;
    cell.lat += e.latitude;
    cell.lng += e.longitude;
    cell.types[e.event_type] = (cell.types[e.event_type] || 0) + 1;
  }
  return clusters.map((c) => ({
    ...c,
    lat: c.lat / c.events.length,
    lng: c.lng / c.events.length,
    mainType: Object.entries(c.types).sort((a, b) => b[1] - a[1])[0][0],
  }));
}

function eventPopup(e) {
  return h("div", { class: "popup" },
    h("strong", {}, e.sub_event_type || e.event_type),
    h("div", {}, [e.event_date, e.location].filter(Boolean).join(" · ")),
    h("div", {}, `Fatalities: ${fmt(e.fatalities)}`),
    h("a", { href: `/events/${encodeURIComponent(e.event_id)}` }, "Open event"));
}

function markerFor(cell, map) {
  const single = cell.events.length === 1;
  const e = cell.events[0];
  const size = single ? eventSize(e.fatalities) : clusterSize(cell.events.length, cell.fatalities);
  const label = single
    ? `${e.event_type}, ${e.event_date || "no date"}, ${e.location || "unknown place"}, ${fmt(e.fatalities)} killed`
    : `${cell.events.length} events, ${fmt(cell.fatalities)} killed; press Enter to zoom in`;
  const icon = L.divIcon({
    className: single ? "fl-marker fl-event" : "fl-marker fl-cluster",
    html: single ? "" : `<span style="line-height:${size - 4}px">${cell.events.length}</span>`,
    iconSize: [size, size],
  });
  const marker = L.marker([cell.lat, cell.lng], { icon, title: label, alt: label, keyboard: true, riseOnHover: true });
  marker.on("add", () => {
    const el = marker.getElement();
    el.style.setProperty("--c", typeColor(cell.mainType));
    el.dataset.eventType = cell.mainType;
    el.setAttribute("aria-label", label);
  });
  if (single) {
    marker.bindPopup(() => eventPopup(e));
  } else {
    marker.on("click", () => {
      const bounds = L.latLngBounds(cell.events.map((x) => [x.latitude, x.longitude]));
      if (bounds.getNorthEast().equals(bounds.getSouthWest())) map.setView(bounds.getCenter(), map.getZoom() + 3);
      else map.fitBounds(bounds.pad(0.3));
    });
  }
  return marker;
}

function legend() {
  const control = L.control({ position: "bottomleft" });
  control.onAdd = () => {
    const types = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
      "Strategic developments"];
    return h("div", { class: "legend", "aria-label": "Colour legend" },
      types.map((t) => h("div", {}, h("i", { style: `background:${typeColor(t)}` }), t)));
  };
  return control;
}

/** A map in `el`. Returns {show(events, bbox), bbox()}. */
export function eventMap(el, config) {
  const map = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: 14, zoomSnap: 0.5 }).setView([25, 20], 2);
  map.attributionControl.setPrefix(false);
  if (config.tile_url) {
    L.tileLayer(config.tile_url, { attribution: config.tile_attribution || "" }).addTo(map);
  } else {
    map.attributionControl.addAttribution("Outlines: Natural Earth via world-atlas");
  }
  const outlineStyle = config.tile_url
    ? { color: "#555", weight: 0.6, fill: false }
    : { color: "#9a9a9a", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 };
  countryOutlines().then((geo) => {
    L.geoJSON(geo, { style: outlineStyle, interactive: false, renderer: L.canvas({ padding: 0.5 }) })
      .addTo(map).bringToBack();
  });
  legend().addTo(map);
  const layer = L.layerGroup().addTo(map);
  let events = [];

  const redraw = () => {
    layer.clearLayers();
    for (const cell of clusterEvents(events, (ll, z) => map.project(ll, z), map.getZoom())) {
      layer.addLayer(markerFor(cell, map));
    }
  };
  map.on("zoomend", redraw);

  return {
    show(newEvents, bbox) {
      events = newEvents;
      const located = events.filter((e) => e.latitude !== null && e.latitude !== undefined);
      if (bbox) {
        const [w, s, e, n] = bbox.split(",").map(Number);
        map.fitBounds([[s, w], [n, e]]);
      } else if (located.length) {
        map.fitBounds(L.latLngBounds(located.map((x) => [x.latitude, x.longitude])).pad(0.4), { maxZoom: 8 });
      }
      redraw();
    },
    bbox() {
      const b = map.getBounds();
      const clamp = (v, lim) => Math.max(-lim, Math.min(lim, v)).toFixed(3);
      return [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)].join(",");
    },
    invalidate() { map.invalidateSize(); },
  };
}
