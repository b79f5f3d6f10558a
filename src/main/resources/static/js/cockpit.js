// Cockpit charts (ECharts): the district map coloured by an indicator, trend lines and funnels. Data from data-* only.
// The page's script tag sits in the page content, before the layout loads ECharts at the end of <body>: drawing waits
// for DOMContentLoaded (ECharts has run by then), otherwise `echarts` is undefined and nothing ever draws.
(function () {
  'use strict';

  var instances = [];
  // the wall screen is dark: ECharts' own dark theme, on the tile's background
  var dark = !!document.querySelector('.fagai-screen');

  function draw(el, option) {
    var instance = echarts.getInstanceByDom(el) || echarts.init(el, dark ? 'dark' : null);
    if (dark) {
      // a wall screen reloads every few minutes: no fade-in each time
      option.backgroundColor = 'transparent';
      option.animation = false;
    }
    instance.setOption(option);
    instances.push(instance);
    el.setAttribute('data-rendered', 'true');
  }

  function trend(el, points, label) {
    draw(el, {
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: points.map(function (p) { return p.label; }), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', name: '%' },
      series: [{ name: label, type: 'line', smooth: true, data: points.map(function (p) { return p.growth; }) }]
    });
  }

  function funnel(el, steps) {
    draw(el, {
      tooltip: { trigger: 'item' },
      series: [{ type: 'funnel', sort: 'none', left: '10%', width: '80%', minSize: '8%', gap: 2,
        label: { show: true, position: 'inside', formatter: '{b} {c}', color: dark ? '#061833' : undefined,
          fontWeight: dark ? 'bold' : undefined }, data: steps }]
    });
  }

  // The GeoJSON is registered once under the region's code (its features carry the district codes in `code`).
  function map(el, spec) {
    var name = 'fagai-' + spec.geo.replace(/[^0-9]/g, '');
    var ready = echarts.getMap(name) ? Promise.resolve(true)
      : fetch(spec.geo, { credentials: 'same-origin' }).then(function (r) { return r.ok ? r.json() : null; }).then(function (geo) {
        if (geo) {
          echarts.registerMap(name, geo);
        }
        return !!geo;
      });
    ready.then(function (ok) {
      if (!ok) {
        el.setAttribute('data-map-error', 'geojson');
        return;
      }
      var values = spec.data.map(function (d) { return Number(d.value); });
      draw(el, {
        tooltip: { trigger: 'item', formatter: function (p) { return p.data ? p.data.label + '：' + p.data.value + '%' : ''; } },
        visualMap: { min: Math.min.apply(null, values.concat([0])), max: Math.max.apply(null, values.concat([1])),
          left: 0, bottom: 0, itemWidth: 12, itemHeight: 90, text: [spec.indicator, ''], calculable: true,
          inRange: { color: ['#f4d6d3', '#b3261e'] } },
        // the legend keeps the left strip; the districts are drawn beside it, never under it
        series: [{ type: 'map', map: name, nameProperty: 'code', roam: false, left: 80, right: 8, top: 8, bottom: 8,
          label: { show: true, formatter: function (p) { return p.data ? p.data.label : ''; } },
          data: spec.data.map(function (d) { return { name: d.code, value: d.value, label: d.name }; }) }]
      });
    }).catch(function () { el.setAttribute('data-map-error', 'fetch'); });
  }

  function start() {
    var holder = document.getElementById('cockpit-charts');
    if (!holder || typeof echarts === 'undefined') {
      return;
    }
    var charts = JSON.parse(holder.getAttribute('data-chart') || '{}');
    document.querySelectorAll('.fagai-cockpit-chart').forEach(function (el) {
      var data = charts[el.dataset.tile] || {};
      var type = el.dataset.chartType;
      if (type === 'trend' && data.trend) {
        trend(el, data.trend, holder.dataset.labelGrowth);
      } else if (type === 'funnel' && data.funnel) {
        funnel(el, data.funnel);
      } else if (type === 'map' && data.map) {
        map(el, data.map);
      }
    });
    window.addEventListener('resize', function () { instances.forEach(function (i) { i.resize(); }); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }

  // The large screen reloads itself: every figure is read again (within the cache's refresh interval shown on the page).
  var section = document.getElementById('cockpit');
  var refresh = section && Number(section.dataset.refresh);
  if (refresh > 0) {
    var due = Date.now() + refresh * 1000;
    var countdown = document.getElementById('cockpit-countdown');
    var tick = function () {
      var left = Math.max(0, Math.round((due - Date.now()) / 1000));
      if (countdown) {
        countdown.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
      }
    };
    tick();
    window.setInterval(tick, 1000);
    window.setTimeout(function () { window.location.reload(); }, refresh * 1000);
  }
})();
