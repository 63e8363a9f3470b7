package vn.ansinh.units.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.CrudRepository;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.units.AdministrativeUnit;

/**
 * Derived queries run in a read-only transaction, as the inherited CRUD methods do: without one, loading an
 * aggregate's collections took a second connection while the first query's rows were still open.
 */
@Transactional(readOnly = true)
public interface UnitRepository extends CrudRepository<AdministrativeUnit, Long> {

    Optional<AdministrativeUnit> findByCode(String code);

    List<AdministrativeUnit> findByGsoCode(String gsoCode);

    List<AdministrativeUnit> findByParentIdOrderById(Long parentId);
}
