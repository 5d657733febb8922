package io.camwarden.checks;

import io.camwarden.domain.Device;
import io.camwarden.domain.InformationSystem;
import io.camwarden.domain.Organization;
import io.camwarden.domain.OrganizationKind;
import io.camwarden.domain.Scope;
import io.camwarden.domain.check.WarnedVendor;
import io.camwarden.registry.organization.OrganizationRepository;
import io.camwarden.registry.system.InformationSystemRepository;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Gathers the registry facts of devices for their checks. The caller has already confined the devices to its
 * scope; their organisations and information systems are then read whole (an owner's device is checked
 * against its real owner record, whatever the caller may see). A session caches organisations and systems,
 * which many devices share, and reads the warned-vendor list once.
 */
@Component
public class DeviceFactsLoader {

    private static final int MAX_DEPTH = 64;

    private final InformationSystemRepository systems;
    private final OrganizationRepository organizations;
    private final WarnedVendorRepository warnedVendors;

    public DeviceFactsLoader(InformationSystemRepository systems, OrganizationRepository organizations,
                             WarnedVendorRepository warnedVendors) {
        this.systems = systems;
        this.organizations = organizations;
        this.warnedVendors = warnedVendors;
    }

    /** A session for one assessment: call within its transaction. */
    public Session session(LocalDate today) {
        return new Session(today, warnedVendors.list(false));
    }

    /** Facts for the devices of one assessment, with shared records read once. */
    public final class Session {

        private final LocalDate today;
        private final List<WarnedVendor> warned;
        private final Map<Long, InformationSystem> systemCache = new HashMap<>();
        private final Map<Long, Organization> organizationCache = new HashMap<>();
        private final Map<Long, Organization> ispCache = new HashMap<>();

        private Session(LocalDate today, List<WarnedVendor> warned) {
            this.today = today;
            this.warned = warned;
        }

        public DeviceFacts facts(Device d) {
            InformationSystem system = d.informationSystemId() == null ? null : systemCache.computeIfAbsent(
                    d.informationSystemId(), id -> systems.find(Scope.EVERYTHING, id).orElse(null));
            Organization owner = organization(d.ownerOrganizationId());
            Organization operator = organization(d.operatorOrganizationId());
            Organization isp = owner != null && owner.kind() == OrganizationKind.SUBSCRIBER ? isp(owner) : null;
            return new DeviceFacts(d, system, owner, operator, isp, warned, today);
        }

        private Organization organization(Long id) {
            if (id == null) {
                return null;
            }
            if (!organizationCache.containsKey(id)) {
                organizationCache.put(id, organizations.find(Scope.EVERYTHING, id).orElse(null));
            }
            return organizationCache.get(id);
        }

        /** The nearest ISP organisation above a subscriber, or null. */
        private Organization isp(Organization subscriber) {
            if (ispCache.containsKey(subscriber.id())) {
                return ispCache.get(subscriber.id());
            }
            Organization found = null;
            Organization o = subscriber;
            for (int depth = 0; depth < MAX_DEPTH && o != null && o.parentId() != null; depth++) {
                o = organization(o.parentId());
                if (o != null && o.kind() == OrganizationKind.ISP) {
                    found = o;
                    break;
                }
            }
            ispCache.put(subscriber.id(), found);
            return found;
        }
    }
}
