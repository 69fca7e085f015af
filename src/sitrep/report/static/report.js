/* sitrep report: open the item a link points at, draw the offline map, expand for print.
   Untrusted strings (place names, types) only ever reach the DOM through textContent. */
(function () {
  "use strict";
  var dataEl = document.getElementById("sitrep-data");
  var data = dataEl ? JSON.parse(dataEl.textContent) : { map: { spots: [] } };

  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    var el = document.getElementById(id);
    if (!el) return;
    if (el.tagName === "DETAILS") el.open = true;
    var d = el.parentElement ? el.parentElement.closest("details") : null;
    while (d) {
      d.open = true;
      d = d.parentElement ? d.parentElement.closest("details") : null;
    }
    // Source anchors are empty markers placed before the highlighted span: flash the span.
    var shown = !el.textContent && el.nextElementSibling ? el.nextElementSibling : el;
    shown.classList.add("flash");
    window.setTimeout(function () { shown.classList.remove("flash"); }, 1600);
    el.scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", reveal);
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest ? ev.target.closest('a[href^="#"]') : null;
    if (a && a.getAttribute("href") === location.hash) window.setTimeout(reveal, 0);
  });

  // A paged report's documents come as compact data (gzip'd JSON in base64, see compact.py):
  // draw them into their articles, then go to the anchor the link pointed at.
  function piecesInto(host, text, at, pieces, tables) {
    pieces.forEach(function (p) {
      var part = text.slice(at, at + p[0]);
      at += p[0];
      for (var i = 4; i < p.length; i++) {
        var mark = document.createElement("span");
        mark.id = p[i];
        host.appendChild(mark);
      }
      if (p.length > 1 && p[2] >= 0) {
        var a = document.createElement("a");
        a.className = tables.c[p[1]];
        a.href = tables.h[p[2]];
        a.title = tables.l[p[3]];
        a.textContent = part;
        host.appendChild(a);
      } else {
        host.appendChild(document.createTextNode(part));
      }
    });
    return at;
  }
  function drawDocuments(tables) {
    tables.d.forEach(function (d) {
      var article = document.getElementById(d[0]);
      var host = article ? article.querySelector(".text") : null;
      if (!host) return;
      host.textContent = "";
      var at = 0;
      d[2].forEach(function (block) {
        if (block[0] === "body") {
          at = piecesInto(host, d[1], at, block[1], tables);
        } else {
          var box = document.createElement("details");
          box.className = "removed";
          var head = document.createElement("summary");
          head.textContent = "removed " + block[0];
          box.appendChild(head);
          at = piecesInto(box, d[1], at, block[1], tables);
          host.appendChild(box);
        }
      });
      host.removeAttribute("data-pending");
    });
  }
  var opened = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details:not([open])").forEach(function (d) {
      d.open = true;
      opened.push(d);
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });

  function drawMap() {
  var mapEl = document.getElementById("map");
  if (!data.world && window.sitrepWorld) data.world = window.sitrepWorld; // the app serves it
  if (!mapEl || !window.L || !window.topojson || !data.world) return;
  var map = L.map(mapEl, { zoomSnap: 0.5, worldCopyJump: true });
  map.attributionControl.setPrefix("Leaflet");
  map.attributionControl.addAttribution("Borders: Natural Earth");
  // Leaflet must have a view before vector layers are added (they clip to the view).
  // Open on the region around the weightiest place (data.map.focus), not on every far-off spot.
  var focus = data.map.focus;
  if (focus) {
    map.fitBounds(L.latLngBounds(focus).pad(0.5), { maxZoom: 6 });
  } else {
    map.setView([20, 0], 1);
  }
  var countries = topojson.feature(data.world, data.world.objects.countries);
  // Antarctica and rings crossing the antimeridian smear across a Mercator map: drop the
  // former, and shift the western half of the latter by 360 degrees.
  countries.features = countries.features.filter(function (f) { return f.id !== "010"; });
  countries.features.forEach(function (f) {
    var g = f.geometry;
    if (!g) return;
    var polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
    polys.forEach(function (poly) {
      poly.forEach(function (ring) {
        var lons = ring.map(function (c) { return c[0]; });
        if (Math.max.apply(null, lons) - Math.min.apply(null, lons) > 180) {
          ring.forEach(function (c) { if (c[0] < 0) c[0] += 360; });
        }
      });
    });
  });
  L.geoJSON(countries, {
    interactive: false,
    style: { className: "sitrep-country", color: "#8a8f98", weight: 0.7, fillColor: "#eef0f2", fillOpacity: 1 }
  }).addTo(map);
  data.map.spots.forEach(function (s) {
    var marker = L.circleMarker([s.lat, s.lon], {
      radius: 5 + 3 * Math.sqrt(s.weight),
      className: "sitrep-marker",
      color: "#8c1c13", weight: 1, fillColor: "#d9480f", fillOpacity: 0.55
    });
    var box = document.createElement("div");
    var head = document.createElement("strong");
    head.textContent = s.places.join(" / ");
    box.appendChild(head);
    var list = document.createElement("ul");
    s.events.forEach(function (e) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = e.href || "#" + e.anchor;
      a.textContent = e.date + " · " + e.type.replace(/_/g, " ") + " (" + e.corroboration +
        (e.corroboration === 1 ? " source)" : " sources)");
      li.appendChild(a);
      list.appendChild(li);
    });
    if (s.more) {
      var rest = document.createElement("li");
      rest.textContent = "and " + s.more + " more (see the timeline)";
      list.appendChild(rest);
    }
    box.appendChild(list);
    marker.bindPopup(box, { maxHeight: 260, autoPanPadding: [12, 12] });  // a long list scrolls inside the map
    if (s.label && s.places.length) {
      marker.bindTooltip(s.places[0], { permanent: true, direction: "right", className: "sitrep-label", offset: [6, 0] });
    }
    marker.addTo(map);
  });
  }

  // A paged report's pages carry their content as compact data (gzip'd, in base64; see
  // compact.py and html.py): inflate it with the browser's own DecompressionStream, put the
  // page's main part in place (markup our templates escaped, as on any other page), draw the
  // documents' texts, then the map, then go to the anchor the link pointed at.
  function inflate(packed) {
    var bin = atob(packed);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text();
  }
  function packed(id) {
    var el = document.getElementById(id);
    return el && window.DecompressionStream ? inflate(JSON.parse(el.textContent)) : null;
  }
  var ready = Promise.resolve(packed("sitrep-main")).then(function (html) {
    if (html !== null) document.querySelector("main").innerHTML = html;
    return packed("sitrep-docs");
  }).then(function (json) {
    if (json !== null) {
      drawDocuments(JSON.parse(json));
      document.body.setAttribute("data-documents", "drawn");
    }
  });
  ready.then(function () {
    drawMap();
    document.body.setAttribute("data-ready", "1");
    reveal();
  });
})();
