package dev.burrow.jdbc.database;

import java.util.ArrayList;
import java.util.List;

/** A table's column list (as a {@code *Queries} interface writes it) read through an alias, under a prefix. */
public record PrefixedColumns(String alias, String prefix, List<String> names) {

    /** {@code columns} is a comma-separated list of a table's column names. */
    public static PrefixedColumns of(String columns, String alias, String prefix) {
        List<String> names = new ArrayList<>();
        for (String column : columns.split(",")) {
            names.add(column.strip());
        }
        return new PrefixedColumns(alias, prefix, List.copyOf(names));
    }

    /** {@code alias.name as prefixname, ...}. */
    public String select() {
        StringBuilder select = new StringBuilder();
        for (String name : names) {
            select.append(select.isEmpty() ? "" : ", ").append(alias).append('.').append(name).append(" as ")
                    .append(prefix).append(name);
        }
        return select.toString();
    }

    /** The names the columns come back under. */
    public List<String> labels() {
        return names.stream().map(name -> prefix + name).toList();
    }
}
