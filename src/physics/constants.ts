/**
 * Physical constants and lithium material data — the single place where numbers of nature live.
 *
 * Sources:
 * - F, R, k_B, e: CODATA 2018 exact / recommended values (F = N_A·e).
 * - Li molar mass 6.94 g mol⁻¹ (IUPAC conventional atomic weight) and Li density 0.534 g cm⁻³
 *   (room temperature, bcc Li). Stored in SI (kg mol⁻¹, kg m⁻³).
 * - Derived: molar volume V_m = M/ρ ≈ 1.2996 × 10⁻⁵ m³ mol⁻¹ (used in seed 004 §5.1 Eq. 1),
 *   gravimetric capacity F/M ≈ 3862 mAh g⁻¹ (seeds 000 §1 and 001 §1 print 3860 mAh g⁻¹),
 *   plated thickness per charge V_m/F ≈ 1.347 × 10⁻¹⁰ m per C m⁻² (≈ 4.85 µm per mAh cm⁻²).
 * - γ_Li (surface energy of Li metal) appears symbolically in seed 004 §5.1 Eq. 2 but none of the
 *   five source papers prints a value. The default 0.5 J m⁻² is a widely used literature value:
 *   DFT surface energies of the low-index bcc-Li facets are ≈ 0.45–0.50 J m⁻² (e.g. Jäckle & Groß,
 *   J. Chem. Phys. 141, 174710 (2014)), and the Tyson–Miller estimate from liquid surface tension
 *   is ≈ 0.52 J m⁻² (Surf. Sci. 62, 267 (1977)). It is the order of magnitude used in void-
 *   nucleation analyses of Li/solid-electrolyte interfaces. Treat it as an adjustable default.
 */

/** Faraday constant, C mol⁻¹ (CODATA 2018, exact). */
export const FARADAY = 96485.33212;

/** Molar gas constant, J mol⁻¹ K⁻¹ (CODATA 2018, exact). */
export const GAS_CONSTANT = 8.314462618;

/** Boltzmann constant, J K⁻¹ (exact, SI 2019). */
export const BOLTZMANN = 1.380649e-23;

/** Elementary charge, C (exact, SI 2019). */
export const ELEMENTARY_CHARGE = 1.602176634e-19;

/** Molar mass of lithium, kg mol⁻¹ (6.94 g mol⁻¹). */
export const LI_MOLAR_MASS = 6.94e-3;

/** Density of lithium metal, kg m⁻³ (0.534 g cm⁻³). */
export const LI_DENSITY = 534;

/** Molar volume of lithium metal V_m = M/ρ, m³ mol⁻¹ (≈ 1.2996 × 10⁻⁵). */
export const LI_MOLAR_VOLUME = LI_MOLAR_MASS / LI_DENSITY;

/**
 * Theoretical gravimetric capacity of Li metal F/M, C kg⁻¹ (≈ 1.3903 × 10⁷ C kg⁻¹ ≈ 3862 mAh g⁻¹;
 * the seeds print 3860 mAh g⁻¹).
 */
export const LI_SPECIFIC_CAPACITY = FARADAY / LI_MOLAR_MASS;

/**
 * Default surface energy of Li metal γ_Li, J m⁻². Not printed in any seed; ≈ 0.5 J m⁻² is the
 * commonly used literature value (DFT, Jäckle & Groß 2014; Tyson & Miller 1977). See file header.
 */
export const LI_SURFACE_ENERGY_DEFAULT = 0.5;

/** Seconds per hour — used for C-rates (1 C = 1 h⁻¹ = 1/3600 s⁻¹). */
export const SECONDS_PER_HOUR = 3600;
