package dev.huiju.directory.departments;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A department; {@code parentId} is the department it reports to, if any. */
@Table("department")
public record Department(@Id String id, String name, String regionId, String parentId) {
}
