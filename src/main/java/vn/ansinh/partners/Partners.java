package vn.ansinh.partners;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.partners.internal.OrganisationRepository;

/** Partner organisations and their branches. */
@Service
@Transactional(readOnly = true)
public class Partners {

    private final OrganisationRepository repository;

    Partners(OrganisationRepository repository) {
        this.repository = repository;
    }

    public Optional<PartnerOrganisation> byCode(String code) {
        return repository.findByCode(code);
    }

    public Map<Long, PartnerOrganisation> byIds(Collection<Long> ids) {
        return StreamSupport.stream(repository.findAllById(ids).spliterator(), false)
                .collect(Collectors.toMap(PartnerOrganisation::id, Function.identity()));
    }

    public List<PartnerOrganisation> all() {
        return StreamSupport.stream(repository.findAll().spliterator(), false)
                .sorted(java.util.Comparator.comparing(PartnerOrganisation::id)).toList();
    }

    public List<PartnerOrganisation> branches(long organisationId) {
        return repository.findByParentIdOrderById(organisationId);
    }

    /** The organisation and its branches at any depth. */
    public List<PartnerOrganisation> withBranches(long organisationId) {
        List<PartnerOrganisation> found = new java.util.ArrayList<>();
        repository.findById(organisationId).ifPresent(found::add);
        for (int i = 0; i < found.size(); i++) {
            found.addAll(branches(found.get(i).id()));
        }
        return found;
    }

    @Transactional
    public PartnerOrganisation add(PartnerOrganisation organisation) {
        return repository.save(organisation);
    }
}
