package io.camwarden.console.dashboard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the site map is drawn. CamWarden runs without internet: by default there is no tile server and the
 * markers are drawn on a plain background. {@code camwarden.map.tiles-url} may name a tile server of the
 * city's own infrastructure (Leaflet URL template, e.g. https://tiles.city.internal/{z}/{x}/{y}.png).
 */
@Component
public class MapSettings {

    private final String tilesUrl;
    private final String attribution;
    private final double[] center;
    private final int zoom;

    public MapSettings(@Value("${camwarden.map.tiles-url:}") String tilesUrl,
                       @Value("${camwarden.map.attribution:}") String attribution,
                       @Value("${camwarden.map.center:10.7769,106.7009}") String center,
                       @Value("${camwarden.map.zoom:11}") int zoom) {
        this.tilesUrl = tilesUrl == null ? "" : tilesUrl.strip();
        this.attribution = attribution == null ? "" : attribution.strip();
        this.center = parseCenter(center);
        this.zoom = zoom;
    }

    public String tilesUrl() {
        return tilesUrl;
    }

    public boolean hasTiles() {
        return !tilesUrl.isEmpty();
    }

    public String attribution() {
        return attribution;
    }

    public double[] center() {
        return center.clone();
    }

    public int zoom() {
        return zoom;
    }

    private static double[] parseCenter(String text) {
        String[] parts = text.split(",");
        try {
            double lat = Double.parseDouble(parts[0].strip());
            double lon = Double.parseDouble(parts[1].strip());
            if (parts.length == 2 && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
                return new double[] {lat, lon};
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw new IllegalArgumentException("camwarden.map.center must be 'latitude,longitude', e.g. 10.7769,106.7009;"
                + " was '" + text + "'");
    }
}
