// Chart.js with only the pieces the SPA draws (line and bar charts), so the bundle stays small.
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip
} from 'chart.js'

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip)

/** Draws a chart on a canvas; unit tests replace this module, since jsdom has no canvas. */
export function createChart(canvas, config) {
  return new Chart(canvas, config)
}
