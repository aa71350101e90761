/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A seed implant plan: needles, seeds and the dose they give.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.Plan#getPlanId <em>Plan Id</em>}</li>
 *   <li>{@link org.opensabt.model.Plan#getLabel <em>Label</em>}</li>
 *   <li>{@link org.opensabt.model.Plan#getStatus <em>Status</em>}</li>
 *   <li>{@link org.opensabt.model.Plan#getApprovedBy <em>Approved By</em>}</li>
 *   <li>{@link org.opensabt.model.Plan#getApprovedDateTime <em>Approved Date Time</em>}</li>
 *   <li>{@link org.opensabt.model.Plan#getBasedOnPlanId <em>Based On Plan Id</em>}</li>
 *   <li>{@link org.opensabt.model.Plan#getPrescriptionDoseGy <em>Prescription Dose Gy</em>}</li>
 *   <li>{@link org.opensabt.model.Plan#getAirKermaStrengthU <em>Air Kerma Strength U</em>}</li>
 *   <li>{@link org.opensabt.model.Plan#getSourceStrengthReferenceDateTime <em>Source Strength Reference Date Time</em>}</li>
 *   <li>{@link org.opensabt.model.Plan#getSourceModel <em>Source Model</em>}</li>
 *   <li>{@link org.opensabt.model.Plan#getImageSeries <em>Image Series</em>}</li>
 *   <li>{@link org.opensabt.model.Plan#getTarget <em>Target</em>}</li>
 *   <li>{@link org.opensabt.model.Plan#getNeedles <em>Needles</em>}</li>
 *   <li>{@link org.opensabt.model.Plan#getSeeds <em>Seeds</em>}</li>
 *   <li>{@link org.opensabt.model.Plan#getDoseGrid <em>Dose Grid</em>}</li>
 *   <li>{@link org.opensabt.model.Plan#getMetrics <em>Metrics</em>}</li>
 * </ul>
 *
 * @see org.opensabt.model.ModelPackage#getPlan()
 * @model
 * @generated
 */
public interface Plan extends EObject {
	/**
	 * Returns the value of the '<em><b>Plan Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan Id</em>' attribute.
	 * @see #setPlanId(String)
	 * @see org.opensabt.model.ModelPackage#getPlan_PlanId()
	 * @model required="true"
	 * @generated
	 */
	String getPlanId();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Plan#getPlanId <em>Plan Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan Id</em>' attribute.
	 * @see #getPlanId()
	 * @generated
	 */
	void setPlanId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.opensabt.model.ModelPackage#getPlan_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Plan#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.opensabt.model.PlanStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.opensabt.model.PlanStatus
	 * @see #setStatus(PlanStatus)
	 * @see org.opensabt.model.ModelPackage#getPlan_Status()
	 * @model
	 * @generated
	 */
	PlanStatus getStatus();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Plan#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.opensabt.model.PlanStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(PlanStatus value);

	/**
	 * Returns the value of the '<em><b>Approved By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who approved the plan (status APPROVED); exported as the RT Plan's Reviewer Name (300E,0008). Absent in cases saved before schema 1.4.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approved By</em>' attribute.
	 * @see #setApprovedBy(String)
	 * @see org.opensabt.model.ModelPackage#getPlan_ApprovedBy()
	 * @model
	 * @generated
	 */
	String getApprovedBy();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Plan#getApprovedBy <em>Approved By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved By</em>' attribute.
	 * @see #getApprovedBy()
	 * @generated
	 */
	void setApprovedBy(String value);

	/**
	 * Returns the value of the '<em><b>Approved Date Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Local date and time of the approval, ISO-8601 YYYY-MM-DDTHH:MM:SS; exported as Review Date/Time (300E,0004/0005).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approved Date Time</em>' attribute.
	 * @see #setApprovedDateTime(String)
	 * @see org.opensabt.model.ModelPackage#getPlan_ApprovedDateTime()
	 * @model
	 * @generated
	 */
	String getApprovedDateTime();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Plan#getApprovedDateTime <em>Approved Date Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved Date Time</em>' attribute.
	 * @see #getApprovedDateTime()
	 * @generated
	 */
	void setApprovedDateTime(String value);

	/**
	 * Returns the value of the '<em><b>Based On Plan Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The plan this draft was copied from (an approved plan is never edited: a change makes a new draft based on it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Based On Plan Id</em>' attribute.
	 * @see #setBasedOnPlanId(String)
	 * @see org.opensabt.model.ModelPackage#getPlan_BasedOnPlanId()
	 * @model
	 * @generated
	 */
	String getBasedOnPlanId();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Plan#getBasedOnPlanId <em>Based On Plan Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Based On Plan Id</em>' attribute.
	 * @see #getBasedOnPlanId()
	 * @generated
	 */
	void setBasedOnPlanId(String value);

	/**
	 * Returns the value of the '<em><b>Prescription Dose Gy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Prescription (minimum peripheral / D90 goal) dose in Gy for the permanent implant.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prescription Dose Gy</em>' attribute.
	 * @see #setPrescriptionDoseGy(double)
	 * @see org.opensabt.model.ModelPackage#getPlan_PrescriptionDoseGy()
	 * @model
	 * @generated
	 */
	double getPrescriptionDoseGy();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Plan#getPrescriptionDoseGy <em>Prescription Dose Gy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prescription Dose Gy</em>' attribute.
	 * @see #getPrescriptionDoseGy()
	 * @generated
	 */
	void setPrescriptionDoseGy(double value);

	/**
	 * Returns the value of the '<em><b>Air Kerma Strength U</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default air-kerma strength per seed in U (1 U = 1 uGy m^2 h^-1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Air Kerma Strength U</em>' attribute.
	 * @see #setAirKermaStrengthU(double)
	 * @see org.opensabt.model.ModelPackage#getPlan_AirKermaStrengthU()
	 * @model
	 * @generated
	 */
	double getAirKermaStrengthU();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Plan#getAirKermaStrengthU <em>Air Kerma Strength U</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Air Kerma Strength U</em>' attribute.
	 * @see #getAirKermaStrengthU()
	 * @generated
	 */
	void setAirKermaStrengthU(double value);

	/**
	 * Returns the value of the '<em><b>Source Strength Reference Date Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Local date and time at which the seeds' air-kerma strengths apply (source calibration or decay reference), ISO-8601 YYYY-MM-DDTHH:MM; exported as the RT Plan's Source Strength Reference Date/Time (300A,022C/022E). Absent in cases saved before schema 1.3.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Strength Reference Date Time</em>' attribute.
	 * @see #setSourceStrengthReferenceDateTime(String)
	 * @see org.opensabt.model.ModelPackage#getPlan_SourceStrengthReferenceDateTime()
	 * @model
	 * @generated
	 */
	String getSourceStrengthReferenceDateTime();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Plan#getSourceStrengthReferenceDateTime <em>Source Strength Reference Date Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Strength Reference Date Time</em>' attribute.
	 * @see #getSourceStrengthReferenceDateTime()
	 * @generated
	 */
	void setSourceStrengthReferenceDateTime(String value);

	/**
	 * Returns the value of the '<em><b>Source Model</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Model</em>' reference.
	 * @see #setSourceModel(SourceModel)
	 * @see org.opensabt.model.ModelPackage#getPlan_SourceModel()
	 * @model
	 * @generated
	 */
	SourceModel getSourceModel();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Plan#getSourceModel <em>Source Model</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Model</em>' reference.
	 * @see #getSourceModel()
	 * @generated
	 */
	void setSourceModel(SourceModel value);

	/**
	 * Returns the value of the '<em><b>Image Series</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planning image series.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Image Series</em>' reference.
	 * @see #setImageSeries(ImageSeries)
	 * @see org.opensabt.model.ModelPackage#getPlan_ImageSeries()
	 * @model
	 * @generated
	 */
	ImageSeries getImageSeries();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Plan#getImageSeries <em>Image Series</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image Series</em>' reference.
	 * @see #getImageSeries()
	 * @generated
	 */
	void setImageSeries(ImageSeries value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Structure the prescription applies to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Structure)
	 * @see org.opensabt.model.ModelPackage#getPlan_Target()
	 * @model
	 * @generated
	 */
	Structure getTarget();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Plan#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Structure value);

	/**
	 * Returns the value of the '<em><b>Needles</b></em>' containment reference list.
	 * The list contents are of type {@link org.opensabt.model.Needle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Needles</em>' containment reference list.
	 * @see org.opensabt.model.ModelPackage#getPlan_Needles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Needle> getNeedles();

	/**
	 * Returns the value of the '<em><b>Seeds</b></em>' containment reference list.
	 * The list contents are of type {@link org.opensabt.model.Seed}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seeds</em>' containment reference list.
	 * @see org.opensabt.model.ModelPackage#getPlan_Seeds()
	 * @model containment="true"
	 * @generated
	 */
	EList<Seed> getSeeds();

	/**
	 * Returns the value of the '<em><b>Dose Grid</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dose Grid</em>' containment reference.
	 * @see #setDoseGrid(DoseGrid)
	 * @see org.opensabt.model.ModelPackage#getPlan_DoseGrid()
	 * @model containment="true"
	 * @generated
	 */
	DoseGrid getDoseGrid();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Plan#getDoseGrid <em>Dose Grid</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dose Grid</em>' containment reference.
	 * @see #getDoseGrid()
	 * @generated
	 */
	void setDoseGrid(DoseGrid value);

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' containment reference list.
	 * The list contents are of type {@link org.opensabt.model.DoseMetric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metrics</em>' containment reference list.
	 * @see org.opensabt.model.ModelPackage#getPlan_Metrics()
	 * @model containment="true"
	 * @generated
	 */
	EList<DoseMetric> getMetrics();

} // Plan
