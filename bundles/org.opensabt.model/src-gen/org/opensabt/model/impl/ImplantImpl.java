/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model.impl;

import java.util.Collection;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.opensabt.model.DoseGrid;
import org.opensabt.model.DoseMetric;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.Implant;
import org.opensabt.model.MetalObject;
import org.opensabt.model.ModelPackage;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Implant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.impl.ImplantImpl#getImplantId <em>Implant Id</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImplantImpl#getImplantDate <em>Implant Date</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImplantImpl#getPostToPlanningTransform <em>Post To Planning Transform</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImplantImpl#getRegistration <em>Registration</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImplantImpl#getPlan <em>Plan</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImplantImpl#getPostImplantSeries <em>Post Implant Series</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImplantImpl#getSeeds <em>Seeds</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImplantImpl#getDoseGrid <em>Dose Grid</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImplantImpl#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImplantImpl#getSeedsExpected <em>Seeds Expected</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImplantImpl#getRegistrationResidualMm <em>Registration Residual Mm</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImplantImpl#getOtherMetal <em>Other Metal</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ImplantImpl#getEdits <em>Edits</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImplantImpl extends MinimalEObjectImpl.Container implements Implant {
	/**
	 * The default value of the '{@link #getImplantId() <em>Implant Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImplantId()
	 * @generated
	 * @ordered
	 */
	protected static final String IMPLANT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImplantId() <em>Implant Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImplantId()
	 * @generated
	 * @ordered
	 */
	protected String implantId = IMPLANT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getImplantDate() <em>Implant Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImplantDate()
	 * @generated
	 * @ordered
	 */
	protected static final XMLGregorianCalendar IMPLANT_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImplantDate() <em>Implant Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImplantDate()
	 * @generated
	 * @ordered
	 */
	protected XMLGregorianCalendar implantDate = IMPLANT_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPostToPlanningTransform() <em>Post To Planning Transform</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostToPlanningTransform()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> postToPlanningTransform;

	/**
	 * The default value of the '{@link #getRegistration() <em>Registration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegistration()
	 * @generated
	 * @ordered
	 */
	protected static final String REGISTRATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegistration() <em>Registration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegistration()
	 * @generated
	 * @ordered
	 */
	protected String registration = REGISTRATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPlan() <em>Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlan()
	 * @generated
	 * @ordered
	 */
	protected Plan plan;

	/**
	 * The cached value of the '{@link #getPostImplantSeries() <em>Post Implant Series</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostImplantSeries()
	 * @generated
	 * @ordered
	 */
	protected ImageSeries postImplantSeries;

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
	 * The default value of the '{@link #getSeedsExpected() <em>Seeds Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeedsExpected()
	 * @generated
	 * @ordered
	 */
	protected static final int SEEDS_EXPECTED_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getSeedsExpected() <em>Seeds Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeedsExpected()
	 * @generated
	 * @ordered
	 */
	protected int seedsExpected = SEEDS_EXPECTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegistrationResidualMm() <em>Registration Residual Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegistrationResidualMm()
	 * @generated
	 * @ordered
	 */
	protected static final double REGISTRATION_RESIDUAL_MM_EDEFAULT = -1.0;

	/**
	 * The cached value of the '{@link #getRegistrationResidualMm() <em>Registration Residual Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegistrationResidualMm()
	 * @generated
	 * @ordered
	 */
	protected double registrationResidualMm = REGISTRATION_RESIDUAL_MM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOtherMetal() <em>Other Metal</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherMetal()
	 * @generated
	 * @ordered
	 */
	protected EList<MetalObject> otherMetal;

	/**
	 * The cached value of the '{@link #getEdits() <em>Edits</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdits()
	 * @generated
	 * @ordered
	 */
	protected EList<String> edits;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImplantImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.IMPLANT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImplantId() {
		return implantId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImplantId(String newImplantId) {
		String oldImplantId = implantId;
		implantId = newImplantId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMPLANT__IMPLANT_ID, oldImplantId, implantId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XMLGregorianCalendar getImplantDate() {
		return implantDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImplantDate(XMLGregorianCalendar newImplantDate) {
		XMLGregorianCalendar oldImplantDate = implantDate;
		implantDate = newImplantDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMPLANT__IMPLANT_DATE, oldImplantDate, implantDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getPostToPlanningTransform() {
		if (postToPlanningTransform == null) {
			postToPlanningTransform = new EDataTypeEList<Double>(Double.class, this, ModelPackage.IMPLANT__POST_TO_PLANNING_TRANSFORM);
		}
		return postToPlanningTransform;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegistration() {
		return registration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegistration(String newRegistration) {
		String oldRegistration = registration;
		registration = newRegistration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMPLANT__REGISTRATION, oldRegistration, registration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Plan getPlan() {
		if (plan != null && plan.eIsProxy()) {
			InternalEObject oldPlan = (InternalEObject)plan;
			plan = (Plan)eResolveProxy(oldPlan);
			if (plan != oldPlan) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.IMPLANT__PLAN, oldPlan, plan));
			}
		}
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Plan basicGetPlan() {
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlan(Plan newPlan) {
		Plan oldPlan = plan;
		plan = newPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMPLANT__PLAN, oldPlan, plan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageSeries getPostImplantSeries() {
		if (postImplantSeries != null && postImplantSeries.eIsProxy()) {
			InternalEObject oldPostImplantSeries = (InternalEObject)postImplantSeries;
			postImplantSeries = (ImageSeries)eResolveProxy(oldPostImplantSeries);
			if (postImplantSeries != oldPostImplantSeries) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.IMPLANT__POST_IMPLANT_SERIES, oldPostImplantSeries, postImplantSeries));
			}
		}
		return postImplantSeries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImageSeries basicGetPostImplantSeries() {
		return postImplantSeries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPostImplantSeries(ImageSeries newPostImplantSeries) {
		ImageSeries oldPostImplantSeries = postImplantSeries;
		postImplantSeries = newPostImplantSeries;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMPLANT__POST_IMPLANT_SERIES, oldPostImplantSeries, postImplantSeries));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Seed> getSeeds() {
		if (seeds == null) {
			seeds = new EObjectContainmentEList<Seed>(Seed.class, this, ModelPackage.IMPLANT__SEEDS);
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.IMPLANT__DOSE_GRID, oldDoseGrid, newDoseGrid);
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
				msgs = ((InternalEObject)doseGrid).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.IMPLANT__DOSE_GRID, null, msgs);
			if (newDoseGrid != null)
				msgs = ((InternalEObject)newDoseGrid).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.IMPLANT__DOSE_GRID, null, msgs);
			msgs = basicSetDoseGrid(newDoseGrid, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMPLANT__DOSE_GRID, newDoseGrid, newDoseGrid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DoseMetric> getMetrics() {
		if (metrics == null) {
			metrics = new EObjectContainmentEList<DoseMetric>(DoseMetric.class, this, ModelPackage.IMPLANT__METRICS);
		}
		return metrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSeedsExpected() {
		return seedsExpected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeedsExpected(int newSeedsExpected) {
		int oldSeedsExpected = seedsExpected;
		seedsExpected = newSeedsExpected;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMPLANT__SEEDS_EXPECTED, oldSeedsExpected, seedsExpected));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRegistrationResidualMm() {
		return registrationResidualMm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegistrationResidualMm(double newRegistrationResidualMm) {
		double oldRegistrationResidualMm = registrationResidualMm;
		registrationResidualMm = newRegistrationResidualMm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMPLANT__REGISTRATION_RESIDUAL_MM, oldRegistrationResidualMm, registrationResidualMm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MetalObject> getOtherMetal() {
		if (otherMetal == null) {
			otherMetal = new EObjectContainmentEList<MetalObject>(MetalObject.class, this, ModelPackage.IMPLANT__OTHER_METAL);
		}
		return otherMetal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEdits() {
		if (edits == null) {
			edits = new EDataTypeEList<String>(String.class, this, ModelPackage.IMPLANT__EDITS);
		}
		return edits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.IMPLANT__SEEDS:
				return ((InternalEList<?>)getSeeds()).basicRemove(otherEnd, msgs);
			case ModelPackage.IMPLANT__DOSE_GRID:
				return basicSetDoseGrid(null, msgs);
			case ModelPackage.IMPLANT__METRICS:
				return ((InternalEList<?>)getMetrics()).basicRemove(otherEnd, msgs);
			case ModelPackage.IMPLANT__OTHER_METAL:
				return ((InternalEList<?>)getOtherMetal()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.IMPLANT__IMPLANT_ID:
				return getImplantId();
			case ModelPackage.IMPLANT__IMPLANT_DATE:
				return getImplantDate();
			case ModelPackage.IMPLANT__POST_TO_PLANNING_TRANSFORM:
				return getPostToPlanningTransform();
			case ModelPackage.IMPLANT__REGISTRATION:
				return getRegistration();
			case ModelPackage.IMPLANT__PLAN:
				if (resolve) return getPlan();
				return basicGetPlan();
			case ModelPackage.IMPLANT__POST_IMPLANT_SERIES:
				if (resolve) return getPostImplantSeries();
				return basicGetPostImplantSeries();
			case ModelPackage.IMPLANT__SEEDS:
				return getSeeds();
			case ModelPackage.IMPLANT__DOSE_GRID:
				return getDoseGrid();
			case ModelPackage.IMPLANT__METRICS:
				return getMetrics();
			case ModelPackage.IMPLANT__SEEDS_EXPECTED:
				return getSeedsExpected();
			case ModelPackage.IMPLANT__REGISTRATION_RESIDUAL_MM:
				return getRegistrationResidualMm();
			case ModelPackage.IMPLANT__OTHER_METAL:
				return getOtherMetal();
			case ModelPackage.IMPLANT__EDITS:
				return getEdits();
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
			case ModelPackage.IMPLANT__IMPLANT_ID:
				setImplantId((String)newValue);
				return;
			case ModelPackage.IMPLANT__IMPLANT_DATE:
				setImplantDate((XMLGregorianCalendar)newValue);
				return;
			case ModelPackage.IMPLANT__POST_TO_PLANNING_TRANSFORM:
				getPostToPlanningTransform().clear();
				getPostToPlanningTransform().addAll((Collection<? extends Double>)newValue);
				return;
			case ModelPackage.IMPLANT__REGISTRATION:
				setRegistration((String)newValue);
				return;
			case ModelPackage.IMPLANT__PLAN:
				setPlan((Plan)newValue);
				return;
			case ModelPackage.IMPLANT__POST_IMPLANT_SERIES:
				setPostImplantSeries((ImageSeries)newValue);
				return;
			case ModelPackage.IMPLANT__SEEDS:
				getSeeds().clear();
				getSeeds().addAll((Collection<? extends Seed>)newValue);
				return;
			case ModelPackage.IMPLANT__DOSE_GRID:
				setDoseGrid((DoseGrid)newValue);
				return;
			case ModelPackage.IMPLANT__METRICS:
				getMetrics().clear();
				getMetrics().addAll((Collection<? extends DoseMetric>)newValue);
				return;
			case ModelPackage.IMPLANT__SEEDS_EXPECTED:
				setSeedsExpected((Integer)newValue);
				return;
			case ModelPackage.IMPLANT__REGISTRATION_RESIDUAL_MM:
				setRegistrationResidualMm((Double)newValue);
				return;
			case ModelPackage.IMPLANT__OTHER_METAL:
				getOtherMetal().clear();
				getOtherMetal().addAll((Collection<? extends MetalObject>)newValue);
				return;
			case ModelPackage.IMPLANT__EDITS:
				getEdits().clear();
				getEdits().addAll((Collection<? extends String>)newValue);
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
			case ModelPackage.IMPLANT__IMPLANT_ID:
				setImplantId(IMPLANT_ID_EDEFAULT);
				return;
			case ModelPackage.IMPLANT__IMPLANT_DATE:
				setImplantDate(IMPLANT_DATE_EDEFAULT);
				return;
			case ModelPackage.IMPLANT__POST_TO_PLANNING_TRANSFORM:
				getPostToPlanningTransform().clear();
				return;
			case ModelPackage.IMPLANT__REGISTRATION:
				setRegistration(REGISTRATION_EDEFAULT);
				return;
			case ModelPackage.IMPLANT__PLAN:
				setPlan((Plan)null);
				return;
			case ModelPackage.IMPLANT__POST_IMPLANT_SERIES:
				setPostImplantSeries((ImageSeries)null);
				return;
			case ModelPackage.IMPLANT__SEEDS:
				getSeeds().clear();
				return;
			case ModelPackage.IMPLANT__DOSE_GRID:
				setDoseGrid((DoseGrid)null);
				return;
			case ModelPackage.IMPLANT__METRICS:
				getMetrics().clear();
				return;
			case ModelPackage.IMPLANT__SEEDS_EXPECTED:
				setSeedsExpected(SEEDS_EXPECTED_EDEFAULT);
				return;
			case ModelPackage.IMPLANT__REGISTRATION_RESIDUAL_MM:
				setRegistrationResidualMm(REGISTRATION_RESIDUAL_MM_EDEFAULT);
				return;
			case ModelPackage.IMPLANT__OTHER_METAL:
				getOtherMetal().clear();
				return;
			case ModelPackage.IMPLANT__EDITS:
				getEdits().clear();
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
			case ModelPackage.IMPLANT__IMPLANT_ID:
				return IMPLANT_ID_EDEFAULT == null ? implantId != null : !IMPLANT_ID_EDEFAULT.equals(implantId);
			case ModelPackage.IMPLANT__IMPLANT_DATE:
				return IMPLANT_DATE_EDEFAULT == null ? implantDate != null : !IMPLANT_DATE_EDEFAULT.equals(implantDate);
			case ModelPackage.IMPLANT__POST_TO_PLANNING_TRANSFORM:
				return postToPlanningTransform != null && !postToPlanningTransform.isEmpty();
			case ModelPackage.IMPLANT__REGISTRATION:
				return REGISTRATION_EDEFAULT == null ? registration != null : !REGISTRATION_EDEFAULT.equals(registration);
			case ModelPackage.IMPLANT__PLAN:
				return plan != null;
			case ModelPackage.IMPLANT__POST_IMPLANT_SERIES:
				return postImplantSeries != null;
			case ModelPackage.IMPLANT__SEEDS:
				return seeds != null && !seeds.isEmpty();
			case ModelPackage.IMPLANT__DOSE_GRID:
				return doseGrid != null;
			case ModelPackage.IMPLANT__METRICS:
				return metrics != null && !metrics.isEmpty();
			case ModelPackage.IMPLANT__SEEDS_EXPECTED:
				return seedsExpected != SEEDS_EXPECTED_EDEFAULT;
			case ModelPackage.IMPLANT__REGISTRATION_RESIDUAL_MM:
				return registrationResidualMm != REGISTRATION_RESIDUAL_MM_EDEFAULT;
			case ModelPackage.IMPLANT__OTHER_METAL:
				return otherMetal != null && !otherMetal.isEmpty();
			case ModelPackage.IMPLANT__EDITS:
				return edits != null && !edits.isEmpty();
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
		result.append(" (implantId: ");
		result.append(implantId);
		result.append(", implantDate: ");
		result.append(implantDate);
		result.append(", postToPlanningTransform: ");
		result.append(postToPlanningTransform);
		result.append(", registration: ");
		result.append(registration);
		result.append(", seedsExpected: ");
		result.append(seedsExpected);
		result.append(", registrationResidualMm: ");
		result.append(registrationResidualMm);
		result.append(", edits: ");
		result.append(edits);
		result.append(')');
		return result.toString();
	}

} //ImplantImpl
