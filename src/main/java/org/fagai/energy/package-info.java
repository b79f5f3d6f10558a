/**
 * 能耗双控: owns key energy users' monthly energy reports with their conversion to tce and CO₂, region totals and
 * intensities against comparable GDP and targets, 节能审查 classes, opinions and 节能验收 of projects, 节能目标责任考核 and
 * on-site checks. Offers {@link org.fagai.energy.EnergyAccounts} (region figures, the brief's paragraph) and
 * {@link org.fagai.energy.EnergyReviews} (a project's review class and warnings); provides the cockpit's tile and the work
 * summary's paragraph (cockpit SPIs).
 */
package org.fagai.energy;
