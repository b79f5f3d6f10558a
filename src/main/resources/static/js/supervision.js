// Supervision statistics chart (ECharts); data comes from the element's data-chart attribute (no inline scripts).
(function () {
  'use strict';

  function draw() {
    var element = document.getElementById('stats-chart');
    if (!element || typeof echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(element.getAttribute('data-chart'));
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: {trigger: 'axis'},
      legend: {data: data.names},
      xAxis: {type: 'category', data: data.labels},
      yAxis: {type: 'value', minInterval: 1},
      series: [
        {name: data.names[0], type: 'bar', data: data.assigned},
        {name: data.names[1], type: 'bar', data: data.closed},
        {name: data.names[2], type: 'line', data: data.overdue, itemStyle: {color: '#d63c3c'}}
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
