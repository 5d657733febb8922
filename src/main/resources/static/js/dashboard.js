// The dashboard's chart (devices by vendor) and map (sites with device counts). Data comes in data-*
// attributes rendered by the server; every text is already in the reader's language.
(function () {
  'use strict';

  var rtl = document.documentElement.dir === 'rtl';
  var lang = document.documentElement.lang || 'vi';
  var numbers = new Intl.NumberFormat(lang);

  function vendorChart() {
    var canvas = document.getElementById('vendor-chart');
    if (!canvas || typeof Chart === 'undefined') {
      return;
    }
    var data = JSON.parse(canvas.dataset.chart);
    var labels = data.labels.map(function (l) { return l === null ? canvas.dataset.unknown : l; });
    var counts = data.counts.slice();
    if (data.other > 0) {
      labels.push(canvas.dataset.other);
      counts.push(data.other);
    }
    new Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: [{ label: canvas.dataset.series, data: counts, backgroundColor: '#1f5f8b', maxBarThickness: 28 }] },
      options: {
        indexAxis: 'y',
        locale: lang,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false }, tooltip: { rtl: rtl } },
        scales: {
          x: { beginAtZero: true, reverse: rtl, ticks: { precision: 0 } },
          y: { position: rtl ? 'right' : 'left' }
        }
      }
    });
  }

  function siteMap() {
    var box = document.getElementById('site-map');
    if (!box || typeof L === 'undefined') {
      return;
    }
    var markers = JSON.parse(box.dataset.markers || '[]');
    var center = (box.dataset.center || '0,0').split(',').map(Number);
    var map = L.map(box, { preferCanvas: true, attributionControl: !!box.dataset.tiles });
    if (box.dataset.tiles) {
      // Only ever the tile server the operator configured (camwarden.map.tiles-url); never a public one.
      L.tileLayer(box.dataset.tiles, { maxZoom: 19, attribution: box.dataset.attribution || '' }).addTo(map);
    } else if (box.dataset.note) {
      var Note = L.Control.extend({
        onAdd: function () {
          var div = L.DomUtil.create('div', 'map-note');
          div.textContent = box.dataset.note;
          return div;
        }
      });
      new Note({ position: rtl ? 'topleft' : 'topright' }).addTo(map);
    }
    L.control.scale({ position: rtl ? 'bottomright' : 'bottomleft' }).addTo(map);
    var bounds = [];
    markers.forEach(function (m) {
      var radius = 5 + Math.min(12, Math.log2(1 + m.devices) * 2);
      var marker = L.circleMarker([m.lat, m.lon], {
        radius: radius, color: '#0b3d5c', weight: 1, fillColor: m.devices > 0 ? '#1f5f8b' : '#8a99a6', fillOpacity: 0.8
      }).addTo(map);
      // Built from text nodes, never HTML: site names are user input.
      var popup = document.createElement('div');
      var link = document.createElement('a');
      link.href = box.dataset.siteUrl + m.id;
      link.textContent = m.name;
      popup.appendChild(link);
      popup.appendChild(document.createElement('br'));
      popup.appendChild(document.createTextNode(numbers.format(m.devices) + ' ' + box.dataset.devices
          + (m.district ? ' · ' + m.district : '')));
      marker.bindPopup(popup);
      var tip = document.createElement('span');
      tip.textContent = m.name + ': ' + numbers.format(m.devices);
      marker.bindTooltip(tip);
      bounds.push([m.lat, m.lon]);
    });
    if (bounds.length > 0) {
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
    } else {
      map.setView(center, Number(box.dataset.zoom || 11));
    }
    box.setAttribute('data-ready', String(markers.length));
  }

  document.addEventListener('DOMContentLoaded', function () {
    vendorChart();
    siteMap();
  });
})();
