package dev.huiju.directory.regions;

import reactor.core.publisher.Flux;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

interface RegionRepository extends ReactiveCrudRepository<Region, String> {

	Flux<Region> findByParentIdOrderById(String parentId);

	Flux<Region> findAllByOrderById();

}
