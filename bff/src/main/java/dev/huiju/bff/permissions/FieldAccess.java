package dev.huiju.bff.permissions;

import dev.huiju.access.Clearance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.huiju.bff.security.Caller;

import org.springframework.stereotype.Component;

/**
 * Decides, for one caller, whether a field may be read, whether an object is within their clearance, and
 * whether a personal value is shown in clear. The only place these decisions are made.
 */
@Component
public class FieldAccess {

	private final PermissionsProperties properties;

	public FieldAccess(PermissionsProperties properties) {
		this.properties = properties;
	}

	/** Why the caller may not read a field with these rules, or empty when they may. */
	public Optional<String> denial(Caller caller, AccessRules rules) {
		for (Set<String> channels : rules.channels()) {
			if (!channels.contains(caller.channel().name())) {
				return Optional.of("not available on the " + caller.channel() + " channel");
			}
		}
		for (Set<String> roles : rules.roles()) {
			if (!holdsAny(caller, roles)) {
				return Optional.of("requires one of the roles " + roles);
			}
		}
		if (!caller.scopes().containsAll(rules.scopes())) {
			return Optional.of("requires the scopes " + rules.scopes());
		}
		return Optional.empty();
	}

	/** Whether an object with this classification is within the caller's clearance; unknown levels are not. */
	public boolean withinClearance(Caller caller, Object classification) {
		if (classification == null) {
			return false;
		}
		Clearance held = Clearance.valueOf(caller.clearance().name());
		return Clearance.parse(String.valueOf(classification)).map(held::covers).orElse(false);
	}

	/** Whether the caller sees a personal value of this kind, held by {@code source}, in clear. */
	public boolean inClear(Caller caller, String kind, Object source) {
		PermissionsProperties.ClearValues policy = this.properties.sensitive().get(kind);
		if (policy == null) {
			return false;
		}
		if (policy.self() && caller.userId().equals(SourceProperties.read(source, "id"))) {
			return true;
		}
		if (policy.sameDepartment() && caller.departmentId() != null
				&& caller.departmentId().equals(SourceProperties.read(source, "departmentId"))) {
			return true;
		}
		if (!holdsAny(caller, policy.roles())) {
			return false;
		}
		return !policy.withinRegion() || insideRegion(caller, SourceProperties.read(source, "regionPath"));
	}

	/** A region path lists the object's region and its ancestors; the caller's region must be one of them. */
	private static boolean insideRegion(Caller caller, Object regionPath) {
		if (regionPath == null || caller.regionId() == null) {
			return false;
		}
		return List.of(String.valueOf(regionPath).split("/")).contains(caller.regionId());
	}

	private boolean holdsAny(Caller caller, Collection<String> roles) {
		for (String role : roles) {
			if (caller.roles().contains(role)) {
				return true;
			}
			List<String> group = this.properties.roleGroups().get(role);
			if (group != null) {
				// a loop, not a stream: this runs for every guarded field of every object
				for (String member : group) {
					if (caller.roles().contains(member)) {
						return true;
					}
				}
			}
		}
		return false;
	}

}
