package dev.burrow.geoip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a tiny GeoLite2-City database, since none ships on Maven Central: the MaxMind DB format
 * (https://maxmind.github.io/MaxMind-DB/) for IPv4, 24-bit records, just what the tests place. Values are a
 * {@code String}, {@code Integer} (uint16), {@code Long} (uint32), {@code BigInteger} (uint64), a {@code List} or a
 * {@code Map} of them.
 */
public final class MaxMindDbWriter {

    private static final byte[] METADATA_MARKER = {(byte) 0xAB, (byte) 0xCD, (byte) 0xEF,
            'M', 'a', 'x', 'M', 'i', 'n', 'd', '.', 'c', 'o', 'm'};

    private final String databaseType;
    private final Map<String, Map<String, Object>> networks = new LinkedHashMap<>();

    public MaxMindDbWriter(String databaseType) {
        this.databaseType = databaseType;
    }

    /** A City database. */
    public static MaxMindDbWriter city() {
        return new MaxMindDbWriter("GeoLite2-City");
    }

    /** {@code network} ({@code "81.2.69.0/24"}) is in {@code city} (null for none) of {@code country}. */
    public MaxMindDbWriter place(String network, String city, String country) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (city != null) {
            data.put("city", Map.of("names", Map.of("en", city)));
        }
        data.put("country", Map.of("iso_code", "XX", "names", Map.of("en", country)));
        networks.put(network, data);
        return this;
    }

    /** The database, written to {@code file}. */
    public Path write(Path file) {
        try {
            Files.write(file, bytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() throws IOException {
        // The tree: a trie of the networks' bits; a record is a node, "no data" (-1) or data (-2 - its index).
        List<int[]> nodes = new ArrayList<>();
        nodes.add(new int[]{-1, -1});
        List<Map<String, Object>> data = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> network : networks.entrySet()) {
            String[] parts = network.getKey().split("/");
            byte[] address = InetAddress.getByName(parts[0]).getAddress();
            int length = Integer.parseInt(parts[1]);
            int node = 0;
            for (int bit = 0; bit < length; bit++) {
                int side = (address[bit / 8] >> (7 - bit % 8)) & 1;
                if (bit == length - 1) {
                    nodes.get(node)[side] = -2 - data.size();
                } else {
                    if (nodes.get(node)[side] < 0) {
                        nodes.add(new int[]{-1, -1});
                        nodes.get(node)[side] = nodes.size() - 1;
                    }
                    node = nodes.get(node)[side];
                }
            }
            data.add(network.getValue());
        }
        ByteArrayOutputStream section = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        for (Map<String, Object> value : data) {
            offsets.add(section.size());
            encode(section, value);
        }
        int nodeCount = nodes.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int[] node : nodes) {
            for (int record : node) {
                int value = record >= 0 ? record : record == -1 ? nodeCount : nodeCount + 16 + offsets.get(-2 - record);
                out.write(value >> 16);
                out.write(value >> 8);
                out.write(value);
            }
        }
        out.write(new byte[16]);
        section.writeTo(out);
        out.write(METADATA_MARKER);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("node_count", (long) nodeCount);
        metadata.put("record_size", 24);
        metadata.put("ip_version", 4);
        metadata.put("database_type", databaseType);
        metadata.put("languages", List.of("en"));
        metadata.put("binary_format_major_version", 2);
        metadata.put("binary_format_minor_version", 0);
        metadata.put("build_epoch", BigInteger.valueOf(1_700_000_000L));
        metadata.put("description", Map.of("en", "burrow's test database"));
        encode(out, metadata);
        return out.toByteArray();
    }

    private static void encode(ByteArrayOutputStream out, Object value) {
        if (value instanceof String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            control(out, 2, bytes.length);
            out.writeBytes(bytes);
        } else if (value instanceof Integer number) {
            unsigned(out, 5, BigInteger.valueOf(number));
        } else if (value instanceof Long number) {
            unsigned(out, 6, BigInteger.valueOf(number));
        } else if (value instanceof BigInteger number) {
            unsigned(out, 9, number);
        } else if (value instanceof Map<?, ?> map) {
            control(out, 7, map.size());
            map.forEach((key, entry) -> {
                encode(out, key);
                encode(out, entry);
            });
        } else if (value instanceof List<?> list) {
            control(out, 11, list.size());
            list.forEach(entry -> encode(out, entry));
        } else {
            throw new IllegalArgumentException("cannot encode " + value);
        }
    }

    private static void unsigned(ByteArrayOutputStream out, int type, BigInteger number) {
        byte[] bytes = number.signum() == 0 ? new byte[0] : number.toByteArray();
        int start = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        control(out, type, bytes.length - start);
        out.write(bytes, start, bytes.length - start);
    }

    /** The control byte: the type in its top three bits (0 and a byte after it for the extended ones), the size. */
    private static void control(ByteArrayOutputStream out, int type, int size) {
        if (size >= 29 + 256) {
            throw new IllegalArgumentException("too large for this writer: " + size);
        }
        int first = (type <= 7 ? type << 5 : 0) | Math.min(size, 29);
        out.write(first);
        if (type > 7) {
            out.write(type - 7);
        }
        if (size >= 29) {
            out.write(size - 29);
        }
    }
}
