/** The ML recipes lab's pure core: PyTorch's KLDivLoss, distillation, VAE, trust region, calibration. */
export * from './softmax';
export * from './categoricalKl';
export * from './torchKlDiv';
export * from './klDivLab';
export * from './distillation';
export * from './vae';
export * from './trustRegion';
export * from './calibration';
