package vn.ansinh.units.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

import vn.ansinh.units.AdministrativeUnit;

public interface UnitRepository extends CrudRepository<AdministrativeUnit, Long> {

    Optional<AdministrativeUnit> findByCode(String code);

    List<AdministrativeUnit> findByParentIdOrderById(Long parentId);
}
