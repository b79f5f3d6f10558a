// Cockpit charts (ECharts): the district map coloured by an indicator, trend lines and funnels. Data from data-* only.
(function () {
  'use strict';
  var holder = document.getElementById('cockpit-charts');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }
  var charts = JSON.parse(holder.getAttribute('data-chart') || '{}');
  var instances = [];

  function draw(el, option) {
    var instance = echarts.init(el);
    instance.setOption(option);
    instances.push(instance);
    el.setAttribute('data-rendered', 'true');
  }

  function trend(el, points) {
    draw(el, {
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 24, bottom: 40 },
      xAxis: { type: 'category', data: points.map(function (p) { return p.label; }), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', name: '%' },
      series: [{ name: holder.dataset.labelGrowth, type: 'line', smooth: true, data: points.map(function (p) { return p.growth; }) }]
    });
  }

  function funnel(el, steps) {
    draw(el, {
      tooltip: { trigger: 'item' },
      series: [{ type: 'funnel', left: '10%', width: '80%', data: steps }]
    });
  }

  function map(el, spec) {
    fetch(spec.geo, { credentials: 'same-origin' }).then(function (r) { return r.ok ? r.json() : null; }).then(function (geo) {
      if (!geo) {
        return;
      }
      echarts.registerMap(spec.geo, geo);
      var values = spec.data.map(function (d) { return Number(d.value); });
      draw(el, {
        tooltip: { trigger: 'item', formatter: function (p) { return p.data ? p.data.label + '：' + p.data.value + '%' : ''; } },
        visualMap: { min: Math.min.apply(null, values.concat([0])), max: Math.max.apply(null, values.concat([1])),
          left: 0, bottom: 0, text: [spec.indicator, ''], calculable: true, inRange: { color: ['#f4d6d3', '#b3261e'] } },
        series: [{ type: 'map', map: spec.geo, nameProperty: 'code', roam: false,
          label: { show: true, formatter: function (p) { return p.data ? p.data.label : ''; } },
          data: spec.data.map(function (d) { return { name: d.code, value: d.value, label: d.name }; }) }]
      });
    });
  }

  document.querySelectorAll('.fagai-cockpit-chart').forEach(function (el) {
    var data = charts[el.dataset.tile] || {};
    var type = el.dataset.chartType;
    if (type === 'trend' && data.trend) {
      trend(el, data.trend);
    } else if (type === 'funnel' && data.funnel) {
      funnel(el, data.funnel);
    } else if (type === 'map' && data.map) {
      map(el, data.map);
    }
  });
  window.addEventListener('resize', function () { instances.forEach(function (i) { i.resize(); }); });

  var section = document.getElementById('cockpit');
  var refresh = section && Number(section.dataset.refresh);
  if (refresh > 0) {
    window.setTimeout(function () { window.location.reload(); }, refresh * 1000);
  }
})();
