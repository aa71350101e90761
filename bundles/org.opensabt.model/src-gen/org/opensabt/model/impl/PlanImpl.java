/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.opensabt.model.DoseGrid;
import org.opensabt.model.DoseMetric;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.ModelPackage;
import org.opensabt.model.Needle;
import org.opensabt.model.Plan;
import org.opensabt.model.PlanStatus;
import org.opensabt.model.Seed;
import org.opensabt.model.SourceModel;
import org.opensabt.model.Structure;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.impl.PlanImpl#getPlanId <em>Plan Id</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PlanImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PlanImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PlanImpl#getApprovedBy <em>Approved By</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PlanImpl#getApprovedDateTime <em>Approved Date Time</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PlanImpl#getBasedOnPlanId <em>Based On Plan Id</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PlanImpl#getPrescriptionDoseGy <em>Prescription Dose Gy</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PlanImpl#getAirKermaStrengthU <em>Air Kerma Strength U</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PlanImpl#getSourceStrengthReferenceDateTime <em>Source Strength Reference Date Time</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PlanImpl#getSourceModel <em>Source Model</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PlanImpl#getImageSeries <em>Image Series</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PlanImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PlanImpl#getNeedles <em>Needles</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PlanImpl#getSeeds <em>Seeds</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PlanImpl#getDoseGrid <em>Dose Grid</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PlanImpl#getMetrics <em>Metrics</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanImpl extends MinimalEObjectImpl.Container implements Plan {
	/**
	 * The default value of the '{@link #getPlanId() <em>Plan Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanId()
	 * @generated
	 * @ordered
	 */
	protected static final String PLAN_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlanId() <em>Plan Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanId()
	 * @generated
	 * @ordered
	 */
	protected String planId = PLAN_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final PlanStatus STATUS_EDEFAULT = PlanStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected PlanStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getApprovedBy() <em>Approved By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String APPROVED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprovedBy() <em>Approved By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedBy()
	 * @generated
	 * @ordered
	 */
	protected String approvedBy = APPROVED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getApprovedDateTime() <em>Approved Date Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedDateTime()
	 * @generated
	 * @ordered
	 */
	protected static final String APPROVED_DATE_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprovedDateTime() <em>Approved Date Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedDateTime()
	 * @generated
	 * @ordered
	 */
	protected String approvedDateTime = APPROVED_DATE_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getBasedOnPlanId() <em>Based On Plan Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasedOnPlanId()
	 * @generated
	 * @ordered
	 */
	protected static final String BASED_ON_PLAN_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBasedOnPlanId() <em>Based On Plan Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasedOnPlanId()
	 * @generated
	 * @ordered
	 */
	protected String basedOnPlanId = BASED_ON_PLAN_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrescriptionDoseGy() <em>Prescription Dose Gy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrescriptionDoseGy()
	 * @generated
	 * @ordered
	 */
	protected static final double PRESCRIPTION_DOSE_GY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPrescriptionDoseGy() <em>Prescription Dose Gy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrescriptionDoseGy()
	 * @generated
	 * @ordered
	 */
	protected double prescriptionDoseGy = PRESCRIPTION_DOSE_GY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAirKermaStrengthU() <em>Air Kerma Strength U</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAirKermaStrengthU()
	 * @generated
	 * @ordered
	 */
	protected static final double AIR_KERMA_STRENGTH_U_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAirKermaStrengthU() <em>Air Kerma Strength U</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAirKermaStrengthU()
	 * @generated
	 * @ordered
	 */
	protected double airKermaStrengthU = AIR_KERMA_STRENGTH_U_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceStrengthReferenceDateTime() <em>Source Strength Reference Date Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceStrengthReferenceDateTime()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_STRENGTH_REFERENCE_DATE_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceStrengthReferenceDateTime() <em>Source Strength Reference Date Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceStrengthReferenceDateTime()
	 * @generated
	 * @ordered
	 */
	protected String sourceStrengthReferenceDateTime = SOURCE_STRENGTH_REFERENCE_DATE_TIME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSourceModel() <em>Source Model</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceModel()
	 * @generated
	 * @ordered
	 */
	protected SourceModel sourceModel;

	/**
	 * The cached value of the '{@link #getImageSeries() <em>Image Series</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageSeries()
	 * @generated
	 * @ordered
	 */
	protected ImageSeries imageSeries;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Structure target;

	/**
	 * The cached value of the '{@link #getNeedles() <em>Needles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeedles()
	 * @generated
	 * @ordered
	 */
	protected EList<Needle> needles;

	/**
	 * The cached value of the '{@link #getSeeds() <em>Seeds</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeeds()
	 * @generated
	 * @ordered
	 */
	protected EList<Seed> seeds;

	/**
	 * The cached value of the '{@link #getDoseGrid() <em>Dose Grid</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoseGrid()
	 * @generated
	 * @ordered
	 */
	protected DoseGrid doseGrid;

	/**
	 * The cached value of the '{@link #getMetrics() <em>Metrics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetrics()
	 * @generated
	 * @ordered
	 */
	protected EList<DoseMetric> metrics;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlanId() {
		return planId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlanId(String newPlanId) {
		String oldPlanId = planId;
		planId = newPlanId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAN__PLAN_ID, oldPlanId, planId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAN__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(PlanStatus newStatus) {
		PlanStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAN__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApprovedBy() {
		return approvedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovedBy(String newApprovedBy) {
		String oldApprovedBy = approvedBy;
		approvedBy = newApprovedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAN__APPROVED_BY, oldApprovedBy, approvedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApprovedDateTime() {
		return approvedDateTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovedDateTime(String newApprovedDateTime) {
		String oldApprovedDateTime = approvedDateTime;
		approvedDateTime = newApprovedDateTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAN__APPROVED_DATE_TIME, oldApprovedDateTime, approvedDateTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBasedOnPlanId() {
		return basedOnPlanId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBasedOnPlanId(String newBasedOnPlanId) {
		String oldBasedOnPlanId = basedOnPlanId;
		basedOnPlanId = newBasedOnPlanId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAN__BASED_ON_PLAN_ID, oldBasedOnPlanId, basedOnPlanId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPrescriptionDoseGy() {
		return prescriptionDoseGy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrescriptionDoseGy(double newPrescriptionDoseGy) {
		double oldPrescriptionDoseGy = prescriptionDoseGy;
		prescriptionDoseGy = newPrescriptionDoseGy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAN__PRESCRIPTION_DOSE_GY, oldPrescriptionDoseGy, prescriptionDoseGy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAirKermaStrengthU() {
		return airKermaStrengthU;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAirKermaStrengthU(double newAirKermaStrengthU) {
		double oldAirKermaStrengthU = airKermaStrengthU;
		airKermaStrengthU = newAirKermaStrengthU;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAN__AIR_KERMA_STRENGTH_U, oldAirKermaStrengthU, airKermaStrengthU));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceStrengthReferenceDateTime() {
		return sourceStrengthReferenceDateTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceStrengthReferenceDateTime(String newSourceStrengthReferenceDateTime) {
		String oldSourceStrengthReferenceDateTime = sourceStrengthReferenceDateTime;
		sourceStrengthReferenceDateTime = newSourceStrengthReferenceDateTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAN__SOURCE_STRENGTH_REFERENCE_DATE_TIME, oldSourceStrengthReferenceDateTime, sourceStrengthReferenceDateTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceModel getSourceModel() {
		if (sourceModel != null && sourceModel.eIsProxy()) {
			InternalEObject oldSourceModel = (InternalEObject)sourceModel;
			sourceModel = (SourceModel)eResolveProxy(oldSourceModel);
			if (sourceModel != oldSourceModel) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.PLAN__SOURCE_MODEL, oldSourceModel, sourceModel));
			}
		}
		return sourceModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SourceModel basicGetSourceModel() {
		return sourceModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceModel(SourceModel newSourceModel) {
		SourceModel oldSourceModel = sourceModel;
		sourceModel = newSourceModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAN__SOURCE_MODEL, oldSourceModel, sourceModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageSeries getImageSeries() {
		if (imageSeries != null && imageSeries.eIsProxy()) {
			InternalEObject oldImageSeries = (InternalEObject)imageSeries;
			imageSeries = (ImageSeries)eResolveProxy(oldImageSeries);
			if (imageSeries != oldImageSeries) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.PLAN__IMAGE_SERIES, oldImageSeries, imageSeries));
			}
		}
		return imageSeries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImageSeries basicGetImageSeries() {
		return imageSeries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImageSeries(ImageSeries newImageSeries) {
		ImageSeries oldImageSeries = imageSeries;
		imageSeries = newImageSeries;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAN__IMAGE_SERIES, oldImageSeries, imageSeries));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Structure getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (Structure)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.PLAN__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Structure basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Structure newTarget) {
		Structure oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAN__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Needle> getNeedles() {
		if (needles == null) {
			needles = new EObjectContainmentEList<Needle>(Needle.class, this, ModelPackage.PLAN__NEEDLES);
		}
		return needles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Seed> getSeeds() {
		if (seeds == null) {
			seeds = new EObjectContainmentEList<Seed>(Seed.class, this, ModelPackage.PLAN__SEEDS);
		}
		return seeds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DoseGrid getDoseGrid() {
		return doseGrid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDoseGrid(DoseGrid newDoseGrid, NotificationChain msgs) {
		DoseGrid oldDoseGrid = doseGrid;
		doseGrid = newDoseGrid;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.PLAN__DOSE_GRID, oldDoseGrid, newDoseGrid);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoseGrid(DoseGrid newDoseGrid) {
		if (newDoseGrid != doseGrid) {
			NotificationChain msgs = null;
			if (doseGrid != null)
				msgs = ((InternalEObject)doseGrid).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.PLAN__DOSE_GRID, null, msgs);
			if (newDoseGrid != null)
				msgs = ((InternalEObject)newDoseGrid).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.PLAN__DOSE_GRID, null, msgs);
			msgs = basicSetDoseGrid(newDoseGrid, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAN__DOSE_GRID, newDoseGrid, newDoseGrid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DoseMetric> getMetrics() {
		if (metrics == null) {
			metrics = new EObjectContainmentEList<DoseMetric>(DoseMetric.class, this, ModelPackage.PLAN__METRICS);
		}
		return metrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.PLAN__NEEDLES:
				return ((InternalEList<?>)getNeedles()).basicRemove(otherEnd, msgs);
			case ModelPackage.PLAN__SEEDS:
				return ((InternalEList<?>)getSeeds()).basicRemove(otherEnd, msgs);
			case ModelPackage.PLAN__DOSE_GRID:
				return basicSetDoseGrid(null, msgs);
			case ModelPackage.PLAN__METRICS:
				return ((InternalEList<?>)getMetrics()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.PLAN__PLAN_ID:
				return getPlanId();
			case ModelPackage.PLAN__LABEL:
				return getLabel();
			case ModelPackage.PLAN__STATUS:
				return getStatus();
			case ModelPackage.PLAN__APPROVED_BY:
				return getApprovedBy();
			case ModelPackage.PLAN__APPROVED_DATE_TIME:
				return getApprovedDateTime();
			case ModelPackage.PLAN__BASED_ON_PLAN_ID:
				return getBasedOnPlanId();
			case ModelPackage.PLAN__PRESCRIPTION_DOSE_GY:
				return getPrescriptionDoseGy();
			case ModelPackage.PLAN__AIR_KERMA_STRENGTH_U:
				return getAirKermaStrengthU();
			case ModelPackage.PLAN__SOURCE_STRENGTH_REFERENCE_DATE_TIME:
				return getSourceStrengthReferenceDateTime();
			case ModelPackage.PLAN__SOURCE_MODEL:
				if (resolve) return getSourceModel();
				return basicGetSourceModel();
			case ModelPackage.PLAN__IMAGE_SERIES:
				if (resolve) return getImageSeries();
				return basicGetImageSeries();
			case ModelPackage.PLAN__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case ModelPackage.PLAN__NEEDLES:
				return getNeedles();
			case ModelPackage.PLAN__SEEDS:
				return getSeeds();
			case ModelPackage.PLAN__DOSE_GRID:
				return getDoseGrid();
			case ModelPackage.PLAN__METRICS:
				return getMetrics();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.PLAN__PLAN_ID:
				setPlanId((String)newValue);
				return;
			case ModelPackage.PLAN__LABEL:
				setLabel((String)newValue);
				return;
			case ModelPackage.PLAN__STATUS:
				setStatus((PlanStatus)newValue);
				return;
			case ModelPackage.PLAN__APPROVED_BY:
				setApprovedBy((String)newValue);
				return;
			case ModelPackage.PLAN__APPROVED_DATE_TIME:
				setApprovedDateTime((String)newValue);
				return;
			case ModelPackage.PLAN__BASED_ON_PLAN_ID:
				setBasedOnPlanId((String)newValue);
				return;
			case ModelPackage.PLAN__PRESCRIPTION_DOSE_GY:
				setPrescriptionDoseGy((Double)newValue);
				return;
			case ModelPackage.PLAN__AIR_KERMA_STRENGTH_U:
				setAirKermaStrengthU((Double)newValue);
				return;
			case ModelPackage.PLAN__SOURCE_STRENGTH_REFERENCE_DATE_TIME:
				setSourceStrengthReferenceDateTime((String)newValue);
				return;
			case ModelPackage.PLAN__SOURCE_MODEL:
				setSourceModel((SourceModel)newValue);
				return;
			case ModelPackage.PLAN__IMAGE_SERIES:
				setImageSeries((ImageSeries)newValue);
				return;
			case ModelPackage.PLAN__TARGET:
				setTarget((Structure)newValue);
				return;
			case ModelPackage.PLAN__NEEDLES:
				getNeedles().clear();
				getNeedles().addAll((Collection<? extends Needle>)newValue);
				return;
			case ModelPackage.PLAN__SEEDS:
				getSeeds().clear();
				getSeeds().addAll((Collection<? extends Seed>)newValue);
				return;
			case ModelPackage.PLAN__DOSE_GRID:
				setDoseGrid((DoseGrid)newValue);
				return;
			case ModelPackage.PLAN__METRICS:
				getMetrics().clear();
				getMetrics().addAll((Collection<? extends DoseMetric>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.PLAN__PLAN_ID:
				setPlanId(PLAN_ID_EDEFAULT);
				return;
			case ModelPackage.PLAN__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case ModelPackage.PLAN__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ModelPackage.PLAN__APPROVED_BY:
				setApprovedBy(APPROVED_BY_EDEFAULT);
				return;
			case ModelPackage.PLAN__APPROVED_DATE_TIME:
				setApprovedDateTime(APPROVED_DATE_TIME_EDEFAULT);
				return;
			case ModelPackage.PLAN__BASED_ON_PLAN_ID:
				setBasedOnPlanId(BASED_ON_PLAN_ID_EDEFAULT);
				return;
			case ModelPackage.PLAN__PRESCRIPTION_DOSE_GY:
				setPrescriptionDoseGy(PRESCRIPTION_DOSE_GY_EDEFAULT);
				return;
			case ModelPackage.PLAN__AIR_KERMA_STRENGTH_U:
				setAirKermaStrengthU(AIR_KERMA_STRENGTH_U_EDEFAULT);
				return;
			case ModelPackage.PLAN__SOURCE_STRENGTH_REFERENCE_DATE_TIME:
				setSourceStrengthReferenceDateTime(SOURCE_STRENGTH_REFERENCE_DATE_TIME_EDEFAULT);
				return;
			case ModelPackage.PLAN__SOURCE_MODEL:
				setSourceModel((SourceModel)null);
				return;
			case ModelPackage.PLAN__IMAGE_SERIES:
				setImageSeries((ImageSeries)null);
				return;
			case ModelPackage.PLAN__TARGET:
				setTarget((Structure)null);
				return;
			case ModelPackage.PLAN__NEEDLES:
				getNeedles().clear();
				return;
			case ModelPackage.PLAN__SEEDS:
				getSeeds().clear();
				return;
			case ModelPackage.PLAN__DOSE_GRID:
				setDoseGrid((DoseGrid)null);
				return;
			case ModelPackage.PLAN__METRICS:
				getMetrics().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.PLAN__PLAN_ID:
				return PLAN_ID_EDEFAULT == null ? planId != null : !PLAN_ID_EDEFAULT.equals(planId);
			case ModelPackage.PLAN__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case ModelPackage.PLAN__STATUS:
				return status != STATUS_EDEFAULT;
			case ModelPackage.PLAN__APPROVED_BY:
				return APPROVED_BY_EDEFAULT == null ? approvedBy != null : !APPROVED_BY_EDEFAULT.equals(approvedBy);
			case ModelPackage.PLAN__APPROVED_DATE_TIME:
				return APPROVED_DATE_TIME_EDEFAULT == null ? approvedDateTime != null : !APPROVED_DATE_TIME_EDEFAULT.equals(approvedDateTime);
			case ModelPackage.PLAN__BASED_ON_PLAN_ID:
				return BASED_ON_PLAN_ID_EDEFAULT == null ? basedOnPlanId != null : !BASED_ON_PLAN_ID_EDEFAULT.equals(basedOnPlanId);
			case ModelPackage.PLAN__PRESCRIPTION_DOSE_GY:
				return prescriptionDoseGy != PRESCRIPTION_DOSE_GY_EDEFAULT;
			case ModelPackage.PLAN__AIR_KERMA_STRENGTH_U:
				return airKermaStrengthU != AIR_KERMA_STRENGTH_U_EDEFAULT;
			case ModelPackage.PLAN__SOURCE_STRENGTH_REFERENCE_DATE_TIME:
				return SOURCE_STRENGTH_REFERENCE_DATE_TIME_EDEFAULT == null ? sourceStrengthReferenceDateTime != null : !SOURCE_STRENGTH_REFERENCE_DATE_TIME_EDEFAULT.equals(sourceStrengthReferenceDateTime);
			case ModelPackage.PLAN__SOURCE_MODEL:
				return sourceModel != null;
			case ModelPackage.PLAN__IMAGE_SERIES:
				return imageSeries != null;
			case ModelPackage.PLAN__TARGET:
				return target != null;
			case ModelPackage.PLAN__NEEDLES:
				return needles != null && !needles.isEmpty();
			case ModelPackage.PLAN__SEEDS:
				return seeds != null && !seeds.isEmpty();
			case ModelPackage.PLAN__DOSE_GRID:
				return doseGrid != null;
			case ModelPackage.PLAN__METRICS:
				return metrics != null && !metrics.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (planId: ");
		result.append(planId);
		result.append(", label: ");
		result.append(label);
		result.append(", status: ");
		result.append(status);
		result.append(", approvedBy: ");
		result.append(approvedBy);
		result.append(", approvedDateTime: ");
		result.append(approvedDateTime);
		result.append(", basedOnPlanId: ");
		result.append(basedOnPlanId);
		result.append(", prescriptionDoseGy: ");
		result.append(prescriptionDoseGy);
		result.append(", airKermaStrengthU: ");
		result.append(airKermaStrengthU);
		result.append(", sourceStrengthReferenceDateTime: ");
		result.append(sourceStrengthReferenceDateTime);
		result.append(')');
		return result.toString();
	}

} //PlanImpl
