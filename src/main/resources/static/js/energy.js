// Energy charts (ECharts): month-by-month energy under control this year against last year, and the districts' intensity
// declines. Data comes from data-* attributes: the content security policy forbids inline scripts.
(function () {
  'use strict';

  function parse(el, name) {
    var raw = el.getAttribute(name);
    return raw ? JSON.parse(raw) : null;
  }

  function num(v) {
    return v === null || v === undefined ? null : Number(v);
  }

  function monthsChart() {
    var el = document.getElementById('months-chart');
    if (!el || !window.echarts) {
      return;
    }
    var points = parse(el, 'data-months') || [];
    var labels = parse(el, 'data-labels') || {};
    echarts.init(el).setOption({
      tooltip: {trigger: 'axis'},
      legend: {data: [labels.current, labels.lastYear]},
      grid: {left: 60, right: 10, top: 30, bottom: 25},
      xAxis: {type: 'category', data: points.map(function (p) { return p.month; })},
      yAxis: {type: 'value', name: labels.unit},
      series: [
        {name: labels.current, type: 'bar', data: points.map(function (p) { return num(p.current); })},
        {name: labels.lastYear, type: 'line', data: points.map(function (p) { return num(p.lastYear); })}
      ]
    });
  }

  function rankingChart() {
    var el = document.getElementById('ranking-chart');
    if (!el || !window.echarts) {
      return;
    }
    var rows = (parse(el, 'data-ranking') || []).filter(function (d) { return d.decline !== null && d.decline !== undefined; });
    var labels = parse(el, 'data-labels') || {};
    var colors = {GREEN: '#198754', YELLOW: '#e0a800', RED: '#dc3545', NONE: '#6c757d'};
    echarts.init(el).setOption({
      tooltip: {},
      grid: {left: 80, right: 20, top: 10, bottom: 25},
      xAxis: {type: 'value', axisLabel: {formatter: '{value}%'}},
      yAxis: {type: 'category', inverse: true, data: rows.map(function (d) { return d.regionName; })},
      series: [{name: labels.decline, type: 'bar', data: rows.map(function (d) {
        return {value: num(d.decline), itemStyle: {color: colors[d.warning] || colors.NONE}};
      }), label: {show: true, position: 'right', formatter: '{c}%'}}]
    });
  }

  function resize() {
    ['months-chart', 'ranking-chart'].forEach(function (id) {
      var el = document.getElementById(id);
      var chart = el && window.echarts ? echarts.getInstanceByDom(el) : null;
      if (chart) {
        chart.resize();
      }
    });
  }

  monthsChart();
  rankingChart();
  window.addEventListener('resize', resize);
})();
