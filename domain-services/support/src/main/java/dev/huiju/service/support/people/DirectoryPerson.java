package dev.huiju.service.support.people;

/**
 * What the directory answers of a person that other services need: who they are and the highest
 * classification they are cleared for (PUBLIC when the directory gives none).
 */
public record DirectoryPerson(String id, String name, String clearance) {

	public String clearanceOrPublic() {
		return (this.clearance != null) ? this.clearance : "PUBLIC";
	}

}
