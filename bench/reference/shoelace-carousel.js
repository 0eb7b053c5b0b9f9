// A widely used carousel for comparison: Shoelace's, as an app bundler would ship it (its Lit inside).
import '@shoelace-style/shoelace/dist/components/carousel/carousel.js';
import '@shoelace-style/shoelace/dist/components/carousel-item/carousel-item.js';
