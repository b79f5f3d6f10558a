// Planning, livelihood and price charts (ECharts). Data comes from data-* attributes: the content security policy
// forbids inline scripts.
(function () {
  'use strict';

  var COLORS = {GREEN: '#198754', YELLOW: '#e0a800', RED: '#dc3545', NONE: '#6c757d'};

  function parse(el, name) {
    var raw = el.getAttribute(name);
    return raw ? JSON.parse(raw) : null;
  }

  function num(v) {
    return v === null || v === undefined ? null : Number(v);
  }

  // A plan: per indicator the share of the way from base to target covered, beside the share of the period elapsed.
  function planChart() {
    var el = document.getElementById('plan-chart');
    if (!el || !window.echarts) {
      return;
    }
    var data = parse(el, 'data-chart') || [];
    var labels = parse(el, 'data-labels') || {};
    echarts.init(el).setOption({
      tooltip: {trigger: 'axis'},
      legend: {bottom: 0},
      grid: {left: 50, right: 20, top: 20, bottom: 90},
      xAxis: {type: 'category', data: data.map(function (d) { return d.name; }), axisLabel: {rotate: 30, fontSize: 10}},
      yAxis: {type: 'value', axisLabel: {formatter: '{value}%'}},
      series: [
        {name: labels.completion, type: 'bar', data: data.map(function (d) {
          return {value: num(d.completion), itemStyle: {color: COLORS[d.colour] || COLORS.NONE}};
        })},
        {name: labels.time, type: 'line', step: 'middle', data: data.map(function (d) { return num(d.time); })}
      ]
    });
  }

  // 七有五性: the districts' total index, ranked.
  function livelihoodChart() {
    var el = document.getElementById('livelihood-chart');
    if (!el || !window.echarts) {
      return;
    }
    var rows = (parse(el, 'data-index') || []).slice().reverse();
    echarts.init(el).setOption({
      tooltip: {},
      grid: {left: 80, right: 40, top: 10, bottom: 30},
      xAxis: {type: 'value', min: function (v) { return Math.max(0, Math.floor(v.min - 5)); }},
      yAxis: {type: 'category', data: rows.map(function (r) { return r.rank + '. ' + r.regionName; })},
      series: [{type: 'bar', label: {show: true, position: 'right'}, data: rows.map(function (r) { return num(r.total); })}]
    });
  }

  // 七有五性: one district's twelve dimension indices.
  function dimensionChart() {
    var el = document.getElementById('dimension-chart');
    if (!el || !window.echarts) {
      return;
    }
    var dims = parse(el, 'data-dimensions') || [];
    if (!dims.length) {
      return;
    }
    echarts.init(el).setOption({
      tooltip: {},
      radar: {indicator: dims.map(function (d) { return {name: d.name, max: 100}; }), radius: '62%'},
      series: [{type: 'radar', data: [{value: dims.map(function (d) { return num(d.index); }), name: el.getAttribute('data-name')}]}]
    });
  }

  // A good's average price over time with its 环比.
  function priceChart() {
    var el = document.getElementById('price-chart');
    if (!el || !window.echarts) {
      return;
    }
    var points = parse(el, 'data-series') || [];
    var labels = parse(el, 'data-labels') || {};
    echarts.init(el).setOption({
      tooltip: {trigger: 'axis'},
      legend: {bottom: 0},
      grid: {left: 50, right: 50, top: 20, bottom: 60},
      xAxis: {type: 'category', data: points.map(function (p) { return p.day; })},
      yAxis: [{type: 'value', scale: true}, {type: 'value', axisLabel: {formatter: '{value}%'}}],
      series: [
        {name: labels.average, type: 'line', data: points.map(function (p) { return num(p.average); })},
        {name: labels.mom, type: 'bar', yAxisIndex: 1, data: points.map(function (p) {
          return {value: num(p.monthOnMonth), itemStyle: {color: COLORS[p.colour] || COLORS.NONE}};
        })}
      ]
    });
  }

  // Population: each town's actual against its target.
  function populationChart() {
    var el = document.getElementById('population-chart');
    if (!el || !window.echarts) {
      return;
    }
    var rows = parse(el, 'data-towns') || [];
    var labels = parse(el, 'data-labels') || {};
    echarts.init(el).setOption({
      tooltip: {trigger: 'axis'},
      legend: {bottom: 0},
      grid: {left: 70, right: 20, top: 20, bottom: 70},
      xAxis: {type: 'category', data: rows.map(function (r) { return r.name; }), axisLabel: {rotate: 30}},
      yAxis: {type: 'value'},
      series: [
        {name: labels.target, type: 'bar', data: rows.map(function (r) { return num(r.target); }), itemStyle: {color: '#9ec5fe'}},
        {name: labels.actual, type: 'bar', data: rows.map(function (r) {
          return {value: num(r.actual), itemStyle: {color: COLORS[r.colour] || COLORS.NONE}};
        })}
      ]
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    planChart();
    livelihoodChart();
    dimensionChart();
    priceChart();
    populationChart();
  });
})();
