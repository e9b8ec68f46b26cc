package dev.huiju.clients.directory;

/** What the directory service answers. */
public final class DirectoryDtos {

	private DirectoryDtos() {
	}

	/** {@code regionPath}: the person's region and its ancestors from the city down, separated by '/'. */
	public record PersonDto(String id, String name, String staffNo, String title, String departmentId,
			String regionId, String phone, String idNumber, String regionPath) {
	}

	public record DepartmentDto(String id, String name, String regionId, String parentId) {
	}

	public record RegionDto(String id, String name, String level, String parentId) {
	}

}
