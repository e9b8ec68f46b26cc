package dev.huiju.directory.people;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person as the directory keeps it; {@code id} is the login name. {@code regionPath} lists the person's
 * region and its ancestors from the city down, separated by '/'. {@code clearance} is the highest
 * classification the person may read.
 */
@Table("person")
public record Person(@Id String id, String name, String staffNo, String title, String departmentId, String regionId,
		String phone, String idNumber, String regionPath, String clearance) {
}
