/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.opensabt.model.ModelPackage
 * @generated
 */
public interface ModelFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelFactory eINSTANCE = org.opensabt.model.impl.ModelFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Patient Case</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Patient Case</em>'.
	 * @generated
	 */
	PatientCase createPatientCase();

	/**
	 * Returns a new object of class '<em>Patient</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Patient</em>'.
	 * @generated
	 */
	Patient createPatient();

	/**
	 * Returns a new object of class '<em>Study</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Study</em>'.
	 * @generated
	 */
	Study createStudy();

	/**
	 * Returns a new object of class '<em>Image Series</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Image Series</em>'.
	 * @generated
	 */
	ImageSeries createImageSeries();

	/**
	 * Returns a new object of class '<em>Structure Set</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Structure Set</em>'.
	 * @generated
	 */
	StructureSet createStructureSet();

	/**
	 * Returns a new object of class '<em>Structure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Structure</em>'.
	 * @generated
	 */
	Structure createStructure();

	/**
	 * Returns a new object of class '<em>Contour</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Contour</em>'.
	 * @generated
	 */
	Contour createContour();

	/**
	 * Returns a new object of class '<em>Source Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Source Model</em>'.
	 * @generated
	 */
	SourceModel createSourceModel();

	/**
	 * Returns a new object of class '<em>Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Plan</em>'.
	 * @generated
	 */
	Plan createPlan();

	/**
	 * Returns a new object of class '<em>Needle</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Needle</em>'.
	 * @generated
	 */
	Needle createNeedle();

	/**
	 * Returns a new object of class '<em>Seed</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Seed</em>'.
	 * @generated
	 */
	Seed createSeed();

	/**
	 * Returns a new object of class '<em>Dose Grid</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dose Grid</em>'.
	 * @generated
	 */
	DoseGrid createDoseGrid();

	/**
	 * Returns a new object of class '<em>Dose Metric</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dose Metric</em>'.
	 * @generated
	 */
	DoseMetric createDoseMetric();

	/**
	 * Returns a new object of class '<em>Needle Template</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Needle Template</em>'.
	 * @generated
	 */
	NeedleTemplate createNeedleTemplate();

	/**
	 * Returns a new object of class '<em>Guide Hole</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Guide Hole</em>'.
	 * @generated
	 */
	GuideHole createGuideHole();

	/**
	 * Returns a new object of class '<em>Implant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Implant</em>'.
	 * @generated
	 */
	Implant createImplant();

	/**
	 * Returns a new object of class '<em>Metal Object</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Metal Object</em>'.
	 * @generated
	 */
	MetalObject createMetalObject();

	/**
	 * Returns a new object of class '<em>Follow Up</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Follow Up</em>'.
	 * @generated
	 */
	FollowUp createFollowUp();

	/**
	 * Returns a new object of class '<em>Adverse Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Adverse Event</em>'.
	 * @generated
	 */
	AdverseEvent createAdverseEvent();

	/**
	 * Returns a new object of class '<em>Cohort</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cohort</em>'.
	 * @generated
	 */
	Cohort createCohort();

	/**
	 * Returns a new object of class '<em>Cohort Member</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cohort Member</em>'.
	 * @generated
	 */
	CohortMember createCohortMember();

	/**
	 * Returns a new object of class '<em>Covariate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Covariate</em>'.
	 * @generated
	 */
	Covariate createCovariate();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ModelPackage getModelPackage();

} //ModelFactory
