// 招商引资 funnel chart (ECharts); the counts come from the element's data-chart attribute (no inline scripts).
(function () {
  'use strict';

  function draw() {
    var element = document.getElementById('funnel-chart');
    if (!element || typeof echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(element.getAttribute('data-chart'));
    var stages = data.stages || [];
    if (!stages.length || !stages[0].count) {
      return; // fagai.js says 暂无数据 for an empty chart
    }
    var first = stages[0].count;
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          return p.name + '：' + p.value + '（' + (first ? Math.round(p.value * 1000 / first) / 10 : 0) + '%）';
        }
      },
      series: [{
        type: 'funnel',
        left: '5%',
        width: '90%',
        sort: 'none',
        minSize: '8%',
        gap: 2,
        label: {show: true, position: 'inside', formatter: '{b} {c}'},
        data: stages.map(function (s) { return {name: s.name, value: s.count}; })
      }]
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
