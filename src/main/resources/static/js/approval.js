// Approval statistics chart (ECharts); data comes from the element's data-chart attribute (no inline scripts).
(function () {
  'use strict';

  function drawStatistics() {
    var element = document.getElementById('stats-chart');
    if (!element || typeof echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(element.getAttribute('data-chart'));
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: {trigger: 'axis'},
      legend: {data: [data.labels.received, data.labels.decided, data.labels.rate]},
      xAxis: {type: 'category', data: data.months},
      yAxis: [{type: 'value', minInterval: 1}, {type: 'value', min: 0, max: 100, axisLabel: {formatter: '{value}%'}}],
      series: [
        {name: data.labels.received, type: 'bar', data: data.received},
        {name: data.labels.decided, type: 'bar', data: data.decided},
        {name: data.labels.rate, type: 'line', yAxisIndex: 1, data: data.rate, connectNulls: true}
      ]
    });
    window.addEventListener('resize', function () {
      chart.resize();
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawStatistics);
  } else {
    drawStatistics();
  }
})();

// Print buttons of the official-document views (no inline scripts under the content security policy).
(function () {
  'use strict';
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () {
      window.print();
    });
  });
}());
