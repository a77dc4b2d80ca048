// Leaflet with leaflet-geoman's drawing and editing tools. Geoman's bundle extends the global L, so Leaflet is made
// global first (this module is evaluated before geoman's, as imports run in order).
import L from 'leaflet'
import 'leaflet/dist/leaflet.css'

if (!globalThis.L) globalThis.L = L
export default L
