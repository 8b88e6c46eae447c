package dev.stockadj.aolib.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Order Time's reference to another record: {@code {"Id": 10, "Name": "HQ"}}; either part may be
 * absent. Read leniently: a reference with neither (or Id 0) names nothing, see {@link #empty()}.
 */
public record EntityRef(@JsonProperty("Id") Integer id, @JsonProperty("Name") String name) {

    public EntityRef {
        name = name == null || name.isBlank() ? null : name;
    }

    /** True when the reference names no record (no name, and no id or id 0). */
    public boolean empty() {
        return name == null && (id == null || id == 0);
    }

    public static EntityRef of(int id) {
        return new EntityRef(id, null);
    }
}
