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

import org.opensabt.model.FollowUp;
import org.opensabt.model.Implant;
import org.opensabt.model.ModelPackage;
import org.opensabt.model.NeedleTemplate;
import org.opensabt.model.Patient;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.SourceModel;
import org.opensabt.model.Study;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Patient Case</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.impl.PatientCaseImpl#getSchemaVersion <em>Schema Version</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PatientCaseImpl#getCaseId <em>Case Id</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PatientCaseImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PatientCaseImpl#getModifiedAt <em>Modified At</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PatientCaseImpl#getWrittenBy <em>Written By</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PatientCaseImpl#getPatient <em>Patient</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PatientCaseImpl#getStudies <em>Studies</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PatientCaseImpl#getSourceModels <em>Source Models</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PatientCaseImpl#getPlans <em>Plans</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PatientCaseImpl#getTemplates <em>Templates</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PatientCaseImpl#getImplants <em>Implants</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PatientCaseImpl#getFollowUps <em>Follow Ups</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PatientCaseImpl#getTumourLocation <em>Tumour Location</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PatientCaseImpl#getPathology <em>Pathology</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PatientCaseImpl#getGrade <em>Grade</em>}</li>
 *   <li>{@link org.opensabt.model.impl.PatientCaseImpl#getLesionType <em>Lesion Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PatientCaseImpl extends MinimalEObjectImpl.Container implements PatientCase {
	/**
	 * The default value of the '{@link #getSchemaVersion() <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemaVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String SCHEMA_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSchemaVersion() <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemaVersion()
	 * @generated
	 * @ordered
	 */
	protected String schemaVersion = SCHEMA_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaseId() <em>Case Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseId()
	 * @generated
	 * @ordered
	 */
	protected static final String CASE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaseId() <em>Case Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseId()
	 * @generated
	 * @ordered
	 */
	protected String caseId = CASE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final String CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected String createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getModifiedAt() <em>Modified At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModifiedAt()
	 * @generated
	 * @ordered
	 */
	protected static final String MODIFIED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModifiedAt() <em>Modified At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModifiedAt()
	 * @generated
	 * @ordered
	 */
	protected String modifiedAt = MODIFIED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getWrittenBy() <em>Written By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWrittenBy()
	 * @generated
	 * @ordered
	 */
	protected static final String WRITTEN_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWrittenBy() <em>Written By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWrittenBy()
	 * @generated
	 * @ordered
	 */
	protected String writtenBy = WRITTEN_BY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPatient() <em>Patient</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatient()
	 * @generated
	 * @ordered
	 */
	protected Patient patient;

	/**
	 * The cached value of the '{@link #getStudies() <em>Studies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudies()
	 * @generated
	 * @ordered
	 */
	protected EList<Study> studies;

	/**
	 * The cached value of the '{@link #getSourceModels() <em>Source Models</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceModels()
	 * @generated
	 * @ordered
	 */
	protected EList<SourceModel> sourceModels;

	/**
	 * The cached value of the '{@link #getPlans() <em>Plans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<Plan> plans;

	/**
	 * The cached value of the '{@link #getTemplates() <em>Templates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplates()
	 * @generated
	 * @ordered
	 */
	protected EList<NeedleTemplate> templates;

	/**
	 * The cached value of the '{@link #getImplants() <em>Implants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImplants()
	 * @generated
	 * @ordered
	 */
	protected EList<Implant> implants;

	/**
	 * The cached value of the '{@link #getFollowUps() <em>Follow Ups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUps()
	 * @generated
	 * @ordered
	 */
	protected EList<FollowUp> followUps;

	/**
	 * The default value of the '{@link #getTumourLocation() <em>Tumour Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTumourLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String TUMOUR_LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTumourLocation() <em>Tumour Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTumourLocation()
	 * @generated
	 * @ordered
	 */
	protected String tumourLocation = TUMOUR_LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPathology() <em>Pathology</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPathology()
	 * @generated
	 * @ordered
	 */
	protected static final String PATHOLOGY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPathology() <em>Pathology</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPathology()
	 * @generated
	 * @ordered
	 */
	protected String pathology = PATHOLOGY_EDEFAULT;

	/**
	 * The default value of the '{@link #getGrade() <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrade()
	 * @generated
	 * @ordered
	 */
	protected static final String GRADE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGrade() <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrade()
	 * @generated
	 * @ordered
	 */
	protected String grade = GRADE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLesionType() <em>Lesion Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLesionType()
	 * @generated
	 * @ordered
	 */
	protected static final String LESION_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLesionType() <em>Lesion Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLesionType()
	 * @generated
	 * @ordered
	 */
	protected String lesionType = LESION_TYPE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PatientCaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.PATIENT_CASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSchemaVersion() {
		return schemaVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchemaVersion(String newSchemaVersion) {
		String oldSchemaVersion = schemaVersion;
		schemaVersion = newSchemaVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PATIENT_CASE__SCHEMA_VERSION, oldSchemaVersion, schemaVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaseId() {
		return caseId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseId(String newCaseId) {
		String oldCaseId = caseId;
		caseId = newCaseId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PATIENT_CASE__CASE_ID, oldCaseId, caseId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(String newCreatedAt) {
		String oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PATIENT_CASE__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModifiedAt() {
		return modifiedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModifiedAt(String newModifiedAt) {
		String oldModifiedAt = modifiedAt;
		modifiedAt = newModifiedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PATIENT_CASE__MODIFIED_AT, oldModifiedAt, modifiedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWrittenBy() {
		return writtenBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWrittenBy(String newWrittenBy) {
		String oldWrittenBy = writtenBy;
		writtenBy = newWrittenBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PATIENT_CASE__WRITTEN_BY, oldWrittenBy, writtenBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Patient getPatient() {
		return patient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPatient(Patient newPatient, NotificationChain msgs) {
		Patient oldPatient = patient;
		patient = newPatient;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.PATIENT_CASE__PATIENT, oldPatient, newPatient);
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
	public void setPatient(Patient newPatient) {
		if (newPatient != patient) {
			NotificationChain msgs = null;
			if (patient != null)
				msgs = ((InternalEObject)patient).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.PATIENT_CASE__PATIENT, null, msgs);
			if (newPatient != null)
				msgs = ((InternalEObject)newPatient).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.PATIENT_CASE__PATIENT, null, msgs);
			msgs = basicSetPatient(newPatient, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PATIENT_CASE__PATIENT, newPatient, newPatient));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Study> getStudies() {
		if (studies == null) {
			studies = new EObjectContainmentEList<Study>(Study.class, this, ModelPackage.PATIENT_CASE__STUDIES);
		}
		return studies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SourceModel> getSourceModels() {
		if (sourceModels == null) {
			sourceModels = new EObjectContainmentEList<SourceModel>(SourceModel.class, this, ModelPackage.PATIENT_CASE__SOURCE_MODELS);
		}
		return sourceModels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Plan> getPlans() {
		if (plans == null) {
			plans = new EObjectContainmentEList<Plan>(Plan.class, this, ModelPackage.PATIENT_CASE__PLANS);
		}
		return plans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NeedleTemplate> getTemplates() {
		if (templates == null) {
			templates = new EObjectContainmentEList<NeedleTemplate>(NeedleTemplate.class, this, ModelPackage.PATIENT_CASE__TEMPLATES);
		}
		return templates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Implant> getImplants() {
		if (implants == null) {
			implants = new EObjectContainmentEList<Implant>(Implant.class, this, ModelPackage.PATIENT_CASE__IMPLANTS);
		}
		return implants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FollowUp> getFollowUps() {
		if (followUps == null) {
			followUps = new EObjectContainmentEList<FollowUp>(FollowUp.class, this, ModelPackage.PATIENT_CASE__FOLLOW_UPS);
		}
		return followUps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTumourLocation() {
		return tumourLocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTumourLocation(String newTumourLocation) {
		String oldTumourLocation = tumourLocation;
		tumourLocation = newTumourLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PATIENT_CASE__TUMOUR_LOCATION, oldTumourLocation, tumourLocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPathology() {
		return pathology;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPathology(String newPathology) {
		String oldPathology = pathology;
		pathology = newPathology;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PATIENT_CASE__PATHOLOGY, oldPathology, pathology));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGrade() {
		return grade;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrade(String newGrade) {
		String oldGrade = grade;
		grade = newGrade;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PATIENT_CASE__GRADE, oldGrade, grade));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLesionType() {
		return lesionType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLesionType(String newLesionType) {
		String oldLesionType = lesionType;
		lesionType = newLesionType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PATIENT_CASE__LESION_TYPE, oldLesionType, lesionType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.PATIENT_CASE__PATIENT:
				return basicSetPatient(null, msgs);
			case ModelPackage.PATIENT_CASE__STUDIES:
				return ((InternalEList<?>)getStudies()).basicRemove(otherEnd, msgs);
			case ModelPackage.PATIENT_CASE__SOURCE_MODELS:
				return ((InternalEList<?>)getSourceModels()).basicRemove(otherEnd, msgs);
			case ModelPackage.PATIENT_CASE__PLANS:
				return ((InternalEList<?>)getPlans()).basicRemove(otherEnd, msgs);
			case ModelPackage.PATIENT_CASE__TEMPLATES:
				return ((InternalEList<?>)getTemplates()).basicRemove(otherEnd, msgs);
			case ModelPackage.PATIENT_CASE__IMPLANTS:
				return ((InternalEList<?>)getImplants()).basicRemove(otherEnd, msgs);
			case ModelPackage.PATIENT_CASE__FOLLOW_UPS:
				return ((InternalEList<?>)getFollowUps()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.PATIENT_CASE__SCHEMA_VERSION:
				return getSchemaVersion();
			case ModelPackage.PATIENT_CASE__CASE_ID:
				return getCaseId();
			case ModelPackage.PATIENT_CASE__CREATED_AT:
				return getCreatedAt();
			case ModelPackage.PATIENT_CASE__MODIFIED_AT:
				return getModifiedAt();
			case ModelPackage.PATIENT_CASE__WRITTEN_BY:
				return getWrittenBy();
			case ModelPackage.PATIENT_CASE__PATIENT:
				return getPatient();
			case ModelPackage.PATIENT_CASE__STUDIES:
				return getStudies();
			case ModelPackage.PATIENT_CASE__SOURCE_MODELS:
				return getSourceModels();
			case ModelPackage.PATIENT_CASE__PLANS:
				return getPlans();
			case ModelPackage.PATIENT_CASE__TEMPLATES:
				return getTemplates();
			case ModelPackage.PATIENT_CASE__IMPLANTS:
				return getImplants();
			case ModelPackage.PATIENT_CASE__FOLLOW_UPS:
				return getFollowUps();
			case ModelPackage.PATIENT_CASE__TUMOUR_LOCATION:
				return getTumourLocation();
			case ModelPackage.PATIENT_CASE__PATHOLOGY:
				return getPathology();
			case ModelPackage.PATIENT_CASE__GRADE:
				return getGrade();
			case ModelPackage.PATIENT_CASE__LESION_TYPE:
				return getLesionType();
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
			case ModelPackage.PATIENT_CASE__SCHEMA_VERSION:
				setSchemaVersion((String)newValue);
				return;
			case ModelPackage.PATIENT_CASE__CASE_ID:
				setCaseId((String)newValue);
				return;
			case ModelPackage.PATIENT_CASE__CREATED_AT:
				setCreatedAt((String)newValue);
				return;
			case ModelPackage.PATIENT_CASE__MODIFIED_AT:
				setModifiedAt((String)newValue);
				return;
			case ModelPackage.PATIENT_CASE__WRITTEN_BY:
				setWrittenBy((String)newValue);
				return;
			case ModelPackage.PATIENT_CASE__PATIENT:
				setPatient((Patient)newValue);
				return;
			case ModelPackage.PATIENT_CASE__STUDIES:
				getStudies().clear();
				getStudies().addAll((Collection<? extends Study>)newValue);
				return;
			case ModelPackage.PATIENT_CASE__SOURCE_MODELS:
				getSourceModels().clear();
				getSourceModels().addAll((Collection<? extends SourceModel>)newValue);
				return;
			case ModelPackage.PATIENT_CASE__PLANS:
				getPlans().clear();
				getPlans().addAll((Collection<? extends Plan>)newValue);
				return;
			case ModelPackage.PATIENT_CASE__TEMPLATES:
				getTemplates().clear();
				getTemplates().addAll((Collection<? extends NeedleTemplate>)newValue);
				return;
			case ModelPackage.PATIENT_CASE__IMPLANTS:
				getImplants().clear();
				getImplants().addAll((Collection<? extends Implant>)newValue);
				return;
			case ModelPackage.PATIENT_CASE__FOLLOW_UPS:
				getFollowUps().clear();
				getFollowUps().addAll((Collection<? extends FollowUp>)newValue);
				return;
			case ModelPackage.PATIENT_CASE__TUMOUR_LOCATION:
				setTumourLocation((String)newValue);
				return;
			case ModelPackage.PATIENT_CASE__PATHOLOGY:
				setPathology((String)newValue);
				return;
			case ModelPackage.PATIENT_CASE__GRADE:
				setGrade((String)newValue);
				return;
			case ModelPackage.PATIENT_CASE__LESION_TYPE:
				setLesionType((String)newValue);
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
			case ModelPackage.PATIENT_CASE__SCHEMA_VERSION:
				setSchemaVersion(SCHEMA_VERSION_EDEFAULT);
				return;
			case ModelPackage.PATIENT_CASE__CASE_ID:
				setCaseId(CASE_ID_EDEFAULT);
				return;
			case ModelPackage.PATIENT_CASE__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case ModelPackage.PATIENT_CASE__MODIFIED_AT:
				setModifiedAt(MODIFIED_AT_EDEFAULT);
				return;
			case ModelPackage.PATIENT_CASE__WRITTEN_BY:
				setWrittenBy(WRITTEN_BY_EDEFAULT);
				return;
			case ModelPackage.PATIENT_CASE__PATIENT:
				setPatient((Patient)null);
				return;
			case ModelPackage.PATIENT_CASE__STUDIES:
				getStudies().clear();
				return;
			case ModelPackage.PATIENT_CASE__SOURCE_MODELS:
				getSourceModels().clear();
				return;
			case ModelPackage.PATIENT_CASE__PLANS:
				getPlans().clear();
				return;
			case ModelPackage.PATIENT_CASE__TEMPLATES:
				getTemplates().clear();
				return;
			case ModelPackage.PATIENT_CASE__IMPLANTS:
				getImplants().clear();
				return;
			case ModelPackage.PATIENT_CASE__FOLLOW_UPS:
				getFollowUps().clear();
				return;
			case ModelPackage.PATIENT_CASE__TUMOUR_LOCATION:
				setTumourLocation(TUMOUR_LOCATION_EDEFAULT);
				return;
			case ModelPackage.PATIENT_CASE__PATHOLOGY:
				setPathology(PATHOLOGY_EDEFAULT);
				return;
			case ModelPackage.PATIENT_CASE__GRADE:
				setGrade(GRADE_EDEFAULT);
				return;
			case ModelPackage.PATIENT_CASE__LESION_TYPE:
				setLesionType(LESION_TYPE_EDEFAULT);
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
			case ModelPackage.PATIENT_CASE__SCHEMA_VERSION:
				return SCHEMA_VERSION_EDEFAULT == null ? schemaVersion != null : !SCHEMA_VERSION_EDEFAULT.equals(schemaVersion);
			case ModelPackage.PATIENT_CASE__CASE_ID:
				return CASE_ID_EDEFAULT == null ? caseId != null : !CASE_ID_EDEFAULT.equals(caseId);
			case ModelPackage.PATIENT_CASE__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case ModelPackage.PATIENT_CASE__MODIFIED_AT:
				return MODIFIED_AT_EDEFAULT == null ? modifiedAt != null : !MODIFIED_AT_EDEFAULT.equals(modifiedAt);
			case ModelPackage.PATIENT_CASE__WRITTEN_BY:
				return WRITTEN_BY_EDEFAULT == null ? writtenBy != null : !WRITTEN_BY_EDEFAULT.equals(writtenBy);
			case ModelPackage.PATIENT_CASE__PATIENT:
				return patient != null;
			case ModelPackage.PATIENT_CASE__STUDIES:
				return studies != null && !studies.isEmpty();
			case ModelPackage.PATIENT_CASE__SOURCE_MODELS:
				return sourceModels != null && !sourceModels.isEmpty();
			case ModelPackage.PATIENT_CASE__PLANS:
				return plans != null && !plans.isEmpty();
			case ModelPackage.PATIENT_CASE__TEMPLATES:
				return templates != null && !templates.isEmpty();
			case ModelPackage.PATIENT_CASE__IMPLANTS:
				return implants != null && !implants.isEmpty();
			case ModelPackage.PATIENT_CASE__FOLLOW_UPS:
				return followUps != null && !followUps.isEmpty();
			case ModelPackage.PATIENT_CASE__TUMOUR_LOCATION:
				return TUMOUR_LOCATION_EDEFAULT == null ? tumourLocation != null : !TUMOUR_LOCATION_EDEFAULT.equals(tumourLocation);
			case ModelPackage.PATIENT_CASE__PATHOLOGY:
				return PATHOLOGY_EDEFAULT == null ? pathology != null : !PATHOLOGY_EDEFAULT.equals(pathology);
			case ModelPackage.PATIENT_CASE__GRADE:
				return GRADE_EDEFAULT == null ? grade != null : !GRADE_EDEFAULT.equals(grade);
			case ModelPackage.PATIENT_CASE__LESION_TYPE:
				return LESION_TYPE_EDEFAULT == null ? lesionType != null : !LESION_TYPE_EDEFAULT.equals(lesionType);
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
		result.append(" (schemaVersion: ");
		result.append(schemaVersion);
		result.append(", caseId: ");
		result.append(caseId);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", modifiedAt: ");
		result.append(modifiedAt);
		result.append(", writtenBy: ");
		result.append(writtenBy);
		result.append(", tumourLocation: ");
		result.append(tumourLocation);
		result.append(", pathology: ");
		result.append(pathology);
		result.append(", grade: ");
		result.append(grade);
		result.append(", lesionType: ");
		result.append(lesionType);
		result.append(')');
		return result.toString();
	}

} //PatientCaseImpl
