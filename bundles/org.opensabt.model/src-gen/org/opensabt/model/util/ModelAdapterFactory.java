/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.opensabt.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.opensabt.model.ModelPackage
 * @generated
 */
public class ModelAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ModelPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = ModelPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModelSwitch<Adapter> modelSwitch =
		new ModelSwitch<Adapter>() {
			@Override
			public Adapter casePatientCase(PatientCase object) {
				return createPatientCaseAdapter();
			}
			@Override
			public Adapter casePatient(Patient object) {
				return createPatientAdapter();
			}
			@Override
			public Adapter caseStudy(Study object) {
				return createStudyAdapter();
			}
			@Override
			public Adapter caseImageSeries(ImageSeries object) {
				return createImageSeriesAdapter();
			}
			@Override
			public Adapter caseStructureSet(StructureSet object) {
				return createStructureSetAdapter();
			}
			@Override
			public Adapter caseStructure(Structure object) {
				return createStructureAdapter();
			}
			@Override
			public Adapter caseContour(Contour object) {
				return createContourAdapter();
			}
			@Override
			public Adapter caseSourceModel(SourceModel object) {
				return createSourceModelAdapter();
			}
			@Override
			public Adapter casePlan(Plan object) {
				return createPlanAdapter();
			}
			@Override
			public Adapter caseNeedle(Needle object) {
				return createNeedleAdapter();
			}
			@Override
			public Adapter caseSeed(Seed object) {
				return createSeedAdapter();
			}
			@Override
			public Adapter caseDoseGrid(DoseGrid object) {
				return createDoseGridAdapter();
			}
			@Override
			public Adapter caseDoseMetric(DoseMetric object) {
				return createDoseMetricAdapter();
			}
			@Override
			public Adapter caseNeedleTemplate(NeedleTemplate object) {
				return createNeedleTemplateAdapter();
			}
			@Override
			public Adapter caseGuideHole(GuideHole object) {
				return createGuideHoleAdapter();
			}
			@Override
			public Adapter caseImplant(Implant object) {
				return createImplantAdapter();
			}
			@Override
			public Adapter caseMetalObject(MetalObject object) {
				return createMetalObjectAdapter();
			}
			@Override
			public Adapter caseFollowUp(FollowUp object) {
				return createFollowUpAdapter();
			}
			@Override
			public Adapter caseAdverseEvent(AdverseEvent object) {
				return createAdverseEventAdapter();
			}
			@Override
			public Adapter caseCohort(Cohort object) {
				return createCohortAdapter();
			}
			@Override
			public Adapter caseCohortMember(CohortMember object) {
				return createCohortMemberAdapter();
			}
			@Override
			public Adapter caseCovariate(Covariate object) {
				return createCovariateAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.opensabt.model.PatientCase <em>Patient Case</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opensabt.model.PatientCase
	 * @generated
	 */
	public Adapter createPatientCaseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opensabt.model.Patient <em>Patient</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opensabt.model.Patient
	 * @generated
	 */
	public Adapter createPatientAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opensabt.model.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opensabt.model.Study
	 * @generated
	 */
	public Adapter createStudyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opensabt.model.ImageSeries <em>Image Series</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opensabt.model.ImageSeries
	 * @generated
	 */
	public Adapter createImageSeriesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opensabt.model.StructureSet <em>Structure Set</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opensabt.model.StructureSet
	 * @generated
	 */
	public Adapter createStructureSetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opensabt.model.Structure <em>Structure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opensabt.model.Structure
	 * @generated
	 */
	public Adapter createStructureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opensabt.model.Contour <em>Contour</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opensabt.model.Contour
	 * @generated
	 */
	public Adapter createContourAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opensabt.model.SourceModel <em>Source Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opensabt.model.SourceModel
	 * @generated
	 */
	public Adapter createSourceModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opensabt.model.Plan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opensabt.model.Plan
	 * @generated
	 */
	public Adapter createPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opensabt.model.Needle <em>Needle</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opensabt.model.Needle
	 * @generated
	 */
	public Adapter createNeedleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opensabt.model.Seed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opensabt.model.Seed
	 * @generated
	 */
	public Adapter createSeedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opensabt.model.DoseGrid <em>Dose Grid</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opensabt.model.DoseGrid
	 * @generated
	 */
	public Adapter createDoseGridAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opensabt.model.DoseMetric <em>Dose Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opensabt.model.DoseMetric
	 * @generated
	 */
	public Adapter createDoseMetricAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opensabt.model.NeedleTemplate <em>Needle Template</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opensabt.model.NeedleTemplate
	 * @generated
	 */
	public Adapter createNeedleTemplateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opensabt.model.GuideHole <em>Guide Hole</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opensabt.model.GuideHole
	 * @generated
	 */
	public Adapter createGuideHoleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opensabt.model.Implant <em>Implant</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opensabt.model.Implant
	 * @generated
	 */
	public Adapter createImplantAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opensabt.model.MetalObject <em>Metal Object</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opensabt.model.MetalObject
	 * @generated
	 */
	public Adapter createMetalObjectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opensabt.model.FollowUp <em>Follow Up</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opensabt.model.FollowUp
	 * @generated
	 */
	public Adapter createFollowUpAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opensabt.model.AdverseEvent <em>Adverse Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opensabt.model.AdverseEvent
	 * @generated
	 */
	public Adapter createAdverseEventAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opensabt.model.Cohort <em>Cohort</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opensabt.model.Cohort
	 * @generated
	 */
	public Adapter createCohortAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opensabt.model.CohortMember <em>Cohort Member</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opensabt.model.CohortMember
	 * @generated
	 */
	public Adapter createCohortMemberAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opensabt.model.Covariate <em>Covariate</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opensabt.model.Covariate
	 * @generated
	 */
	public Adapter createCovariateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //ModelAdapterFactory
