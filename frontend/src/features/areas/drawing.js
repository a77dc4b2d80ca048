import L from './leafletDraw.js'
import '@geoman-io/leaflet-geoman-free'
import '@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css'

export default L

/** The number of vertices of a Polygon or MultiPolygon, closing positions not counted. */
export function vertexCount(geometry) {
  if (!geometry) return 0
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  return polygons.flat().reduce((sum, ring) => sum + Math.max(ring.length - 1, 0), 0)
}
