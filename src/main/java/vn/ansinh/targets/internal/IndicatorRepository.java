package vn.ansinh.targets.internal;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

import vn.ansinh.targets.Indicator;

public interface IndicatorRepository extends CrudRepository<Indicator, Long> {

    Optional<Indicator> findByCode(String code);
}
