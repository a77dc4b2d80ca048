// Chart.js with only the pieces the SPA draws (line and bar charts), so the bundle stays small.
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip
} from 'chart.js'

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip)
// Axis and legend text dark enough for WCAG AA contrast on white (the default grey is lighter)
Chart.defaults.color = '#3d3d3d'
Chart.defaults.font.size = 13

/** Draws a chart on a canvas; unit tests replace this module, since jsdom has no canvas. */
export function createChart(canvas, config) {
  return new Chart(canvas, config)
}
