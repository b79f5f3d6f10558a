// Enterprise demand rates by month (ECharts); the figures come from data-* attributes (no inline scripts).
(function () {
  'use strict';

  function numbers(text) {
    return text ? text.split(',').map(function (v) { return Math.round(parseFloat(v) * 1000) / 10; }) : [];
  }

  function draw() {
    var element = document.getElementById('rates-chart');
    if (!element || typeof echarts === 'undefined') {
      return;
    }
    var names = element.getAttribute('data-names').split(',');
    var labels = element.getAttribute('data-labels') ? element.getAttribute('data-labels').split(',') : [];
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: {trigger: 'axis', valueFormatter: function (v) { return v + '%'; }},
      legend: {data: names},
      xAxis: {type: 'category', data: labels},
      yAxis: {type: 'value', max: 100, axisLabel: {formatter: '{value}%'}},
      series: [
        {name: names[0], type: 'line', data: numbers(element.getAttribute('data-response'))},
        {name: names[1], type: 'line', data: numbers(element.getAttribute('data-resolution'))},
        {name: names[2], type: 'line', data: numbers(element.getAttribute('data-satisfaction'))}
      ]
    });
    window.addEventListener('resize', function () {
      chart.resize();
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
