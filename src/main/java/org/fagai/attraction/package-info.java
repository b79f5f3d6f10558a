/**
 * 招商引资: owns trips, leads, negotiations, signing events and signed projects through the funnel 线索 → 洽谈 → 签约 →
 * 注册落地 → 开工 → 投产 → 达产. Offers {@link org.fagai.attraction.AttractionFigures} (the summary and seed sentence of a period).
 */
package org.fagai.attraction;
