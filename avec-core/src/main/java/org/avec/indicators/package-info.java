/**
 * Indicators of a savings group's health at any meeting ({@link org.avec.indicators.Indicators}), a programme's
 * results across its groups ({@link org.avec.indicators.ProgrammeReport}), and the co-financing of an
 * income-generating project ({@link org.avec.indicators.CoFinancing}). Ratios are kept exact
 * ({@link org.avec.indicators.Ratio}) and rounded once, when shown.
 */
package org.avec.indicators;
