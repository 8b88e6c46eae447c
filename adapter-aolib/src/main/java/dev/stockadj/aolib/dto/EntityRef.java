package dev.stockadj.aolib.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Order Time's reference to another record: {@code {"Id": 10, "Name": "HQ"}}; either part may be absent. */
public record EntityRef(@JsonProperty("Id") Integer id, @JsonProperty("Name") String name) {

    public EntityRef {
        if (id == null && (name == null || name.isBlank())) {
            throw new IllegalArgumentException("a reference needs an Id or a Name");
        }
    }

    public static EntityRef of(int id) {
        return new EntityRef(id, null);
    }
}
