package vn.ansinh.partners.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

import vn.ansinh.partners.PartnerOrganisation;

public interface OrganisationRepository extends CrudRepository<PartnerOrganisation, Long> {

    Optional<PartnerOrganisation> findByCode(String code);

    List<PartnerOrganisation> findByParentIdOrderById(Long parentId);
}
