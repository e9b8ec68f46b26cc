package dev.huiju.eldercare.applications;

/** What the applications' endpoints accept. */
public final class ApplicationRequests {

	private ApplicationRequests() {
	}

	/** OLD_AGE_ALLOWANCE, MEAL_SUBSIDY or FAMILY_CARE_BED, for a resident of the caller's region. */
	public record Submit(Long residentId, String kind) {
	}

	public record Decide(Boolean approve, String opinion) {
	}

}
