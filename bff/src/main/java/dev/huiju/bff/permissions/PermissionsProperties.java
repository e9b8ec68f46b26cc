package dev.huiju.bff.permissions;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The data behind the schema's rules, from {@code huiju.permissions}.
 *
 * @param roleGroups names that {@code @auth(roles:)} may use for several roles at once, such as STAFF
 * @param sensitive who sees each kind of personal data in clear
 */
@ConfigurationProperties("huiju.permissions")
public record PermissionsProperties(Map<String, List<String>> roleGroups, Map<String, ClearValues> sensitive) {

	public PermissionsProperties {
		roleGroups = (roleGroups != null) ? Map.copyOf(roleGroups) : Map.of();
		sensitive = (sensitive != null) ? Map.copyOf(sensitive) : Map.of();
	}

	/**
	 * When a value of one kind is shown in clear; otherwise it is masked.
	 *
	 * @param roles roles (or role groups) that see it in clear, limited by {@code withinRegion}
	 * @param withinRegion whether those roles see it only for objects inside their own region
	 * @param self whether a person sees their own value in clear
	 * @param sameDepartment whether people of the object's department see it in clear
	 */
	public record ClearValues(List<String> roles, boolean withinRegion, boolean self, boolean sameDepartment) {

		public ClearValues {
			roles = (roles != null) ? List.copyOf(roles) : List.of();
		}

	}

}
