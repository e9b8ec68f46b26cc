package dev.huiju.directory.regions;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A region: a city, a district of the city, or a street of a district. */
@Table("region")
public record Region(@Id String id, String name, String level, String parentId) {
}
