package vn.ansinh.targets.internal;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.targets.Indicator;

/**
 * Derived queries run in a read-only transaction, as the inherited CRUD methods do: without one, loading an
 * aggregate's collections took a second connection while the first query's rows were still open.
 */
@Transactional(readOnly = true)
public interface IndicatorRepository extends CrudRepository<Indicator, Long> {

    Optional<Indicator> findByCode(String code);
}
