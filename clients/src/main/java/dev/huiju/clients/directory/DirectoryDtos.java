package dev.huiju.clients.directory;

/** What the directory service answers. */
public final class DirectoryDtos {

	private DirectoryDtos() {
	}

	public record PersonDto(String id, String name, String staffNo, String title, String departmentId,
			String regionId, String phone) {
	}

	public record DepartmentDto(String id, String name, String regionId, String parentId) {
	}

	public record RegionDto(String id, String name, String level, String parentId) {
	}

}
